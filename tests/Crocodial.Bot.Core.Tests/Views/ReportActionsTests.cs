using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;
using static Crocodial.Bot.Core.Tests.Views.ViewSamples;

namespace Crocodial.Bot.Core.Tests.Views;

public class ReportActionsTests
{
    [Fact]
    public void Summary_Actions_UseIsoDatesAndTenantSlot()
    {
        var view = Builder.Build(Worked(ReportViewKind.Summary, "TTY", "AAA"));

        Assert.Equal(
            [
                ("Previous period", "stats 2025-06-02 to 2025-06-05 for TTY and AAA"),
                ("Next period", "stats 2025-06-10 to 2025-06-11 for TTY and AAA"),
                ("Compare with previous period", "compare 2025-06-06 to 2025-06-09 for TTY and AAA"),
            ],
            view.Actions.Select(a => (a.Label, a.Command)));
    }

    [Fact]
    public void Summary_LongerThanAWeek_OffersThePerDayTable()
    {
        var range = new DateRange(new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 10));
        var request = new ReportViewRequest(new ReportData(new ReportQuery(["TTY"], range), Crocodial.Bot.Core.Tests.Reports.KpiSamples.WorkedDays), ReportViewKind.Summary, Today, Zone);

        var view = Builder.Build(request);

        Assert.Null(view.Table);
        Assert.Contains(view.Actions, a => a is { Label: "Per-day table", Command: "table 2025-05-01 to 2025-05-10 for TTY" });
    }

    [Fact]
    public void Table_Actions_OfferSummary_AndKeepTheMetric()
    {
        var view = Builder.Build(Worked(ReportViewKind.Table) with { Metric = Metric.AbandonRate });

        Assert.Contains(view.Actions, a => a is { Label: "Previous period", Command: "table abandon rate 2025-06-02 to 2025-06-05 for TTY" });
        Assert.Contains(view.Actions, a => a is { Label: "Summary", Command: "abandon rate 2025-06-06 to 2025-06-09 for TTY" });
        Assert.DoesNotContain(view.Actions, a => a.Label == "Per-day table");
    }

    [Fact]
    public void NextPeriod_IsAbsent_WhenTheRangeEndsToday()
    {
        var data = Empty(new DateRange(new(2025, 6, 9), Today), "TTY");

        var view = Builder.Build(new ReportViewRequest(data, ReportViewKind.Summary, Today, Zone));

        Assert.DoesNotContain(view.Actions, a => a.Label == "Next period");
        Assert.Contains(view.Actions, a => a.Command == "stats 2025-06-06 to 2025-06-08 for TTY");
    }

    [Fact]
    public void AllTenants_IsSaidInTheCommand_NoTenantsLeavesTheSlotOut()
    {
        var all = Builder.Build(new ReportViewRequest(Empty(KpiRange), ReportViewKind.Table, Today, Zone) { AllTenants = true });
        var none = Builder.Build(new ReportViewRequest(Empty(KpiRange), ReportViewKind.Table, Today, Zone));

        Assert.Equal("table 2025-06-02 to 2025-06-05 for all tenants", all.Actions[0].Command);
        Assert.Equal("table 2025-06-02 to 2025-06-05", none.Actions[0].Command);
    }

    [Fact]
    public void SingleDay_HasNoTableAction_AndStepsByOneDay()
    {
        var data = Empty(DateRange.Day(new(2025, 6, 10)), "TTY");

        var view = Builder.Build(new ReportViewRequest(data, ReportViewKind.Summary, Today, Zone));

        Assert.Equal(
            ["stats 2025-06-09 for TTY", "stats 2025-06-11 for TTY", "compare 2025-06-10 for TTY"],
            view.Actions.Select(a => a.Command));
    }

    [Theory]
    [InlineData(new[] { "AAA" }, "for AAA")]
    [InlineData(new[] { "AAA", "BBB", "CCC" }, "for AAA, BBB and CCC")]
    [InlineData(new string[0], "")]
    public void TenantSlot_ReadsLikeTheParserExpects(string[] tenants, string expected) =>
        Assert.Equal(expected, ReportCommandText.TenantSlot(tenants));

    [Fact]
    public void Chart_CommandText() =>
        Assert.Equal("chart 2025-06-06 to 2025-06-09 for TTY", ReportCommandText.Report(ReportViewKind.Chart, Crocodial.Bot.Core.Tests.Reports.KpiSamples.WorkedRange, ["TTY"]));

    private static DateRange KpiRange => new(new(2025, 6, 6), new(2025, 6, 9));
}
