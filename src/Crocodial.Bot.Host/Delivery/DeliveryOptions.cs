namespace Crocodial.Bot.Host.Delivery;

/// <summary>
/// The delivery worker's own setting in the <c>Subscriptions</c> section (beside <c>CatchUpWindow</c>,
/// <c>ClaimLease</c> and <c>TickInterval</c>, which <see cref="Core.Subscriptions.SubscriptionsOptions"/> binds).
/// </summary>
internal sealed class DeliveryOptions
{
    public const string Section = "Subscriptions";

    /// <summary>
    /// How long a scheduled post keeps retrying transient failures (report service, Slack, Teams) after its claim,
    /// before it is recorded as failed and a notice goes to the channel. The claim's lease is renewed before every
    /// attempt, so this may exceed <c>ClaimLease</c>.
    /// </summary>
    public TimeSpan RetryDeadline { get; set; } = TimeSpan.FromMinutes(15);
}
