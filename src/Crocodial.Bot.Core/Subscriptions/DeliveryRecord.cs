namespace Crocodial.Bot.Core.Subscriptions;

/// <summary>
/// One scheduled day of one subscription. The row is inserted as a claim before anything is sent (unique per
/// subscription and local date, so exactly one instance owns the day) and completed with the outcome after.
/// A claim without an outcome whose lease has run out belongs to an instance that stopped mid-delivery.
/// </summary>
public sealed record DeliveryRecord
{
    public required long SubscriptionId { get; init; }

    /// <summary>The posting day in the subscription's own zone.</summary>
    public required DateOnly LocalDate { get; init; }

    public required string ClaimedBy { get; init; }

    public required DateTimeOffset ClaimedAt { get; init; }

    public required DateTimeOffset LeaseUntil { get; init; }

    /// <summary>1 for the first claim, one more for each take-over of an expired claim.</summary>
    public int Attempt { get; init; } = 1;

    public DeliveryOutcome? Outcome { get; init; }

    public DateTimeOffset? OutcomeAt { get; init; }

    /// <summary>Slack message <c>ts</c> or Teams activity id of the post.</summary>
    public string? MessageId { get; init; }

    public string? Error { get; init; }
}
