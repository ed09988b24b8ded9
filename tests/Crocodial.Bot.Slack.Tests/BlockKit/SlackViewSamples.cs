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
        foreach (var sample in Subscriptions())
        {
            yield return sample;
        }
    }

    /// <summary>
    /// The listing and the confirmations as the answerer words them (asked on Sat 6 Dec 2025): two posts, one
    /// never sent; subscribe; unsubscribe; a bare "unsubscribe" asking which; and a channel with twelve.
    /// </summary>
    public static IEnumerable<(string Name, IChatView View)> Subscriptions()
    {
        var madrid = Subscription(7, "Weekdays at 07:30 (Europe/Madrid)",
            "Yesterday's summary for AAA, BBB, with the same weekday a week earlier", "Next: Mon 8 Dec, 07:30", "Last posted Fri 5 Dec, 07:31");
        var newYork = Subscription(9, "Mondays at 09:00 (America/New_York)",
            "Yesterday's summary for TTY, A&B <x>, with the last 7 days per day", "Skips days without calls", "Next: Mon 8 Dec, 09:00", "Not posted yet");
        yield return ("subscriptions-two", new SubscriptionsView("Daily summaries in this channel", null, [madrid, newYork],
            "Stop one with “unsubscribe 7”, or all of them with “unsubscribe all”.", []));
        yield return ("subscribe-confirmation", new SubscriptionsView("Subscribed: #7",
            "This channel gets yesterday's summary for AAA, BBB every weekday at 07:30 (Europe/Madrid), from Mon 8 Dec.",
            [madrid with { Lines = madrid.Lines.Take(2).ToList() }], null, [new("All subscriptions", "subscriptions")]));
        yield return ("unsubscribe-confirmation", new SubscriptionsView("Unsubscribed: #7",
            "Weekdays at 07:30 (Europe/Madrid) for AAA, BBB no longer posts here.", [], null, []));
        yield return ("unsubscribe-which", new SubscriptionsView("Which one should stop?",
            "This channel has 2 daily summaries; pick one, or stop them all.",
            [madrid with { Actions = madrid.Actions.Skip(1).ToList() }, newYork with { Actions = newYork.Actions.Skip(1).ToList() }],
            null, [new("Unsubscribe all", "unsubscribe all")]));
        yield return ("subscriptions-twelve", Many(12));
    }

    /// <summary>A channel with <paramref name="count"/> posts, ids from 21, each with both buttons.</summary>
    public static SubscriptionsView Many(int count) => new("Daily summaries in this channel", $"{count} posts in this channel.",
        [.. Enumerable.Range(21, count).Select(id => Subscription(id, $"Daily at {Time(id)} (Europe/Madrid)",
            $"Yesterday's summary for T{id}", $"Next: Sun 7 Dec, {Time(id)}", $"Last posted Sat 6 Dec, {Time(id)}"))],
        "Stop one with “unsubscribe” and its number, e.g. “unsubscribe 21”.", [new("Unsubscribe all", "unsubscribe all")]);

    private static string Time(int id) => $"{id % 24:00}:{id % 2 * 30:00}";

    private static SubscriptionItem Subscription(long id, string schedule, params string[] lines) =>
        new(id, $"#{id} · {schedule}", lines, [new("Send now", $"subscription {id} send now"), new("Unsubscribe", $"unsubscribe {id}")]);
}
