namespace Crocodial.Bot.Core.Subscriptions;

/// <summary><c>Subscriptions:*</c> (DECISIONS §9).</summary>
public sealed class SubscriptionsOptions
{
    public const string Section = "Subscriptions";

    /// <summary>
    /// Who may subscribe, unsubscribe and send now: asker ids separated by commas (<c>slack:U0123ABC</c>,
    /// <c>teams:&lt;Entra object id&gt;</c>; a bare id matches either platform). Empty: anyone in the channel.
    /// </summary>
    public string Managers { get; set; } = "";

    /// <summary>A run missed by at most this much (downtime) is still posted, late and flagged; older ones are recorded as missed.</summary>
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long a claim is owned before another instance may take it over.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a scheduled post keeps retrying transient failures (report service, Slack, Teams) after its claim,
    /// before it is recorded as failed and a notice goes to the channel. The claim's lease is renewed before every
    /// attempt, so this may exceed <see cref="ClaimLease"/> (not a DECISIONS §9 key).
    /// </summary>
    public TimeSpan RetryDeadline { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How often the delivery worker looks for due posts, new subscriptions of other instances and expired claims
    /// (not a DECISIONS §9 key: tests and impatient operators shorten it).
    /// </summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether <paramref name="askerId"/> (<see cref="Conversation.ChatMessage.AskerId"/>) may change this channel's subscriptions.</summary>
    public bool MayManage(string? askerId)
    {
        var managers = Managers.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (managers.Length == 0)
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(askerId))
        {
            return false;
        }

        var bare = askerId[(askerId.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return managers.Any(m => string.Equals(m, askerId, StringComparison.OrdinalIgnoreCase)
            || (!m.Contains(':', StringComparison.Ordinal) && string.Equals(m, bare, StringComparison.OrdinalIgnoreCase)));
    }
}
