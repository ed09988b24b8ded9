using Crocodial.Bot.Core;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;

namespace Crocodial.Bot.Slack.Tests.BlockKit;

/// <summary>The views the Core text goldens use (report-api §8.3 worked example, asked on 11 June 2025), built by the real builder.</summary>
internal static class SlackViewSamples
{
    public const string Zone = "Europe/Madrid";

    public static readonly DateOnly Today = new(2025, 6, 11);

    public static readonly ReportViewBuilder Builder = new(new BotOptions());

    public static readonly DateRange WorkedRange = new(new DateOnly(2025, 6, 6), new DateOnly(2025, 6, 9));

    public static readonly DailyStats[] WorkedDays =
    [
        new(new DateOnly(2025, 6, 6), 702, 431, 41, 66, 371, 71.42, 455.87),
        new(new DateOnly(2025, 6, 7), 118, 64, 3, 7, 59, 22.15, 398.20),
        new(new DateOnly(2025, 6, 9), 655, 402, 35, 57, 349, 64.08, 472.51),
    ];

    public static ReportViewRequest Worked(ReportViewKind kind = ReportViewKind.Summary, params string[] tenants) =>
        new(new ReportData(new ReportQuery(tenants.Length == 0 ? ["TTY"] : tenants, WorkedRange), WorkedDays), kind, Today, Zone);

    public static ReportData PreviousOfWorked() => new(
        new ReportQuery(["TTY"], new DateRange(new(2025, 6, 2), new(2025, 6, 5))),
        [
            new(new DateOnly(2025, 6, 2), 640, 400, 45, 70, 330, 80.10, 450.00),
            new(new DateOnly(2025, 6, 3), 610, 380, 30, 50, 330, 60.00, 440.00),
            new(new DateOnly(2025, 6, 4), 0, 0, 0, 0, 0, null, null),
            new(new DateOnly(2025, 6, 5), 70, 40, 2, 4, 36, 20.00, 400.00),
        ]);

    /// <summary>Every day of <paramref name="range"/> has calls except every seventh, which has no row.</summary>
    public static ReportData Generated(DateRange range, params string[] tenants)
    {
        var days = range.EachDay()
            .Where(d => d.DayNumber % 7 != 3)
            .Select(d => new DailyStats(d, 400 + (d.DayNumber % 97), 300, 20, 35, 260, 40 + (d.DayNumber % 13), 380.5))
            .ToList();
        return new ReportData(new ReportQuery(tenants, range), days);
    }

    public static IEnumerable<(string Name, IChatView View)> All()
    {
        yield return ("summary-worked", Builder.Build(Worked() with { AskerTimeZone = "America/New_York", Metric = Metric.AbandonRate }));
        yield return ("table-worked", Builder.Build(Worked(ReportViewKind.Table, "TTY", "AAA")));
        yield return ("chart-worked", Builder.Build(Worked(ReportViewKind.Chart)));
        yield return ("compare-worked", Builder.Build(Worked() with { Previous = PreviousOfWorked() }));
        yield return ("summary-today-default", Builder.Build(new ReportViewRequest(
            new ReportData(new ReportQuery([], DateRange.Day(Today)), [new DailyStats(Today, 312, 201, 9, 17, 180, 48.5, 391.2)]),
            ReportViewKind.Summary, Today, Zone)
        {
            Metric = Metric.ServiceLevel,
            DefaultApplied = "No dates given: showing today so far",
        }));
        yield return ("summary-unknown-tenant", Builder.Build(new ReportViewRequest(new ReportData(new ReportQuery(["XYZ"], WorkedRange), []), ReportViewKind.Summary, Today, Zone)));
        yield return ("explain-all", ExplainView.Build());
        yield return ("explain-abandon-rate", ExplainView.Build(Metric.AbandonRate));
        yield return ("help-suggestion", HelpView.Build("stats yesterday for TTY"));
        yield return ("error-timeout", ErrorView.From(
            new ReportError(ReportErrorKind.Timeout, "The report service took too long to answer. Please try again in a minute.", "timeout after 30 s"),
            "Inbound summary for TTY, Fri 6 – Mon 9 Jun",
            "stats 2025-06-06 to 2025-06-09 for TTY"));
        yield return ("error-escaped", ErrorView.Build("I couldn't read “<@U123> & <!channel>” as a date that exists.", "calls for A&B <x>", "stats May 20 to 30"));
    }
}
