using Crocodial.Bot.Core.Views;

namespace Crocodial.Bot.Core.Tests.Views;

/// <summary>
/// The listing and the confirmations as the answerer words them (asked on Sat 6 Dec 2025), the same views as the
/// channels' samples: two posts, one never sent; subscribe; unsubscribe; a bare "unsubscribe" asking which; twelve.
/// </summary>
internal static class SubscriptionSamples
{
    public static readonly SubscriptionItem Madrid = Subscription(7, "Weekdays at 07:30 (Europe/Madrid)",
        "Yesterday's summary for AAA, BBB, with the same weekday a week earlier", "Next: Mon 8 Dec, 07:30", "Last posted Fri 5 Dec, 07:31");

    public static readonly SubscriptionItem NewYork = Subscription(9, "Mondays at 09:00 (America/New_York)",
        "Yesterday's summary for TTY, A&B <x>, with the last 7 days per day", "Skips days without calls", "Next: Mon 8 Dec, 09:00", "Not posted yet");

    public static IReadOnlyDictionary<string, SubscriptionsView> All() => new Dictionary<string, SubscriptionsView>
    {
        ["subscriptions-two"] = new("Daily summaries in this channel", null, [Madrid, NewYork],
            "Stop one with “unsubscribe 7”, or all of them with “unsubscribe all”.", []),
        ["subscribe-confirmation"] = new("Subscribed: #7",
            "This channel gets yesterday's summary for AAA, BBB every weekday at 07:30 (Europe/Madrid), from Mon 8 Dec.",
            [Madrid with { Lines = Madrid.Lines.Take(2).ToList() }], null, [new("All subscriptions", "subscriptions")]),
        ["unsubscribe-confirmation"] = new("Unsubscribed: #7",
            "Weekdays at 07:30 (Europe/Madrid) for AAA, BBB no longer posts here.", [], null, []),
        ["unsubscribe-which"] = new("Which one should stop?",
            "This channel has 2 daily summaries; pick one, or stop them all.",
            [Madrid with { Actions = Madrid.Actions.Skip(1).ToList() }, NewYork with { Actions = NewYork.Actions.Skip(1).ToList() }],
            null, [new("Unsubscribe all", "unsubscribe all")]),
        ["subscriptions-twelve"] = Many(12),
    };

    /// <summary>A channel with <paramref name="count"/> posts, ids from 21, each with both buttons.</summary>
    public static SubscriptionsView Many(int count) => new("Daily summaries in this channel", $"{count} posts in this channel.",
        [.. Enumerable.Range(21, count).Select(id => Subscription(id, $"Daily at {Time(id)} (Europe/Madrid)",
            $"Yesterday's summary for T{id}", $"Next: Sun 7 Dec, {Time(id)}", $"Last posted Sat 6 Dec, {Time(id)}"))],
        "Stop one with “unsubscribe” and its number, e.g. “unsubscribe 21”.", [new("Unsubscribe all", "unsubscribe all")]);

    private static string Time(int id) => $"{id % 24:00}:{id % 2 * 30:00}";

    private static SubscriptionItem Subscription(long id, string schedule, params string[] lines) =>
        new(id, $"#{id} · {schedule}", lines, [new("Send now", $"subscription {id} send now"), new("Unsubscribe", $"unsubscribe {id}")]);
}
