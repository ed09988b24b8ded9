using System.Runtime.CompilerServices;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Core.Views.Text;
using static Crocodial.Bot.Core.Tests.Views.ViewSamples;

namespace Crocodial.Bot.Core.Tests.Views;

/// <summary>
/// Rendered text compared with <c>Golden/*.txt</c>. Set <c>UPDATE_GOLDEN=1</c> to rewrite them, then review the diff.
/// </summary>
public class TextRendererGoldenTests
{
    [Fact]
    public void Summary_WorkedExample() => AssertGolden("summary-worked", Builder.Build(Worked() with
    {
        AskerTimeZone = "America/New_York",
        Metric = Metric.AbandonRate,
    }));

    [Fact]
    public void Table_WorkedExample() => AssertGolden("table-worked", Builder.Build(Worked(ReportViewKind.Table, "TTY", "AAA")));

    [Fact]
    public void Chart_WorkedExample() => AssertGolden("chart-worked", Builder.Build(Worked(ReportViewKind.Chart)));

    [Fact]
    public void Compare_WorkedExample() => AssertGolden("compare-worked", Builder.Build(Worked() with { Previous = PreviousOfWorked() }));

    [Fact]
    public void Summary_TodayDefault_ServiceLevel()
    {
        var data = new ReportData(new ReportQuery([], DateRange.Day(Today)), [new DailyStats(Today, 312, 201, 9, 17, 180, 48.5, 391.2)]);
        AssertGolden("summary-today-service-level", Builder.Build(new ReportViewRequest(data, ReportViewKind.Summary, Today, Zone)
        {
            Metric = Metric.ServiceLevel,
            DefaultApplied = "No dates given: showing today so far",
        }));
    }

    [Fact]
    public void Summary_UnknownTenant() =>
        AssertGolden("summary-unknown-tenant", Builder.Build(new ReportViewRequest(Empty(Crocodial.Bot.Core.Tests.Reports.KpiSamples.WorkedRange, "XYZ"), ReportViewKind.Summary, Today, Zone)));

    [Fact]
    public void Explain_All() => AssertGolden("explain-all", ExplainView.Build());

    [Fact]
    public void Explain_AbandonRate() => AssertGolden("explain-abandon-rate", ExplainView.Build(Metric.AbandonRate));

    [Fact]
    public void Help_WithSuggestion() => AssertGolden("help-suggestion", HelpView.Build("stats yesterday for TTY"));

    [Fact]
    public void Error_Timeout() => AssertGolden("error-timeout", ErrorView.From(
        new ReportError(ReportErrorKind.Timeout, "The report service took too long to answer. Please try again in a minute.", "timeout after 30 s"),
        "Inbound summary for TTY, Fri 6 – Mon 9 Jun",
        "stats 2025-06-06 to 2025-06-09 for TTY"));

    public static TheoryData<string> SubscriptionNames => [.. SubscriptionSamples.All().Keys];

    [Theory]
    [MemberData(nameof(SubscriptionNames))]
    public void Subscriptions(string name) => AssertGolden(name, SubscriptionSamples.All()[name]);

    [Fact]
    public void EveryLine_FitsInOneHundredColumns()
    {
        IChatView[] views =
        [
            Builder.Build(Worked(ReportViewKind.Table) with { Previous = PreviousOfWorked(), Metric = Metric.ServiceLevel, AskerTimeZone = "America/Argentina/Buenos_Aires" }),
            Builder.Build(Worked(ReportViewKind.Chart)),
            ExplainView.Build(),
            HelpView.Build("x"),
            .. SubscriptionSamples.All().Values,
            SubscriptionSamples.Many(3) with
            {
                Intro = string.Join(' ', Enumerable.Repeat("long words", 40)),
                Note = string.Join(' ', Enumerable.Repeat("a note", 40)),
                Items = [SubscriptionSamples.Madrid with { Lines = [string.Join(' ', Enumerable.Repeat("Yesterday's summary for AAA", 12))] }],
            },
        ];

        Assert.All(views.SelectMany(v => TextRenderer.Render(v).Split('\n')), line => Assert.True(line.Length <= 100, line));
    }

    private static void AssertGolden(string name, IChatView view, [CallerFilePath] string source = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(source)!, "Golden", name + ".txt");
        var actual = TextRenderer.Render(view);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
