namespace Crocodial.Bot.Host.Scheduling;

/// <summary><c>Subscriptions:*</c> (DECISIONS §9).</summary>
internal sealed class SubscriptionsOptions
{
    public const string Section = "Subscriptions";

    /// <summary>Who may manage subscriptions (empty: anyone in the channel). Read by the chat commands.</summary>
    public string Managers { get; set; } = "";

    /// <summary>A run missed by at most this much (downtime) is still posted, late and flagged; older ones are recorded as missed.</summary>
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long a claim is owned before another instance may take it over.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);
}
