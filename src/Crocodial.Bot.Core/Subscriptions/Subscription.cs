using Crocodial.Bot.Core.Commands;

namespace Crocodial.Bot.Core.Subscriptions;

/// <summary>
/// A stored morning post. <see cref="Id"/> is the stable number users see (<c>#7</c>) and is never reused.
/// <see cref="Time"/> is a wall-clock time in <see cref="Zone"/> (an IANA id), kept as typed through
/// daylight-saving changes.
/// </summary>
public sealed record Subscription
{
    public required long Id { get; init; }

    public required SubscriptionChannel Channel { get; init; }

    /// <summary>Upper-case tenant codes; empty means the channel's default tenants at posting time.</summary>
    public required IReadOnlyList<string> Tenants { get; init; }

    /// <summary>Posting days, Monday first.</summary>
    public required IReadOnlyList<DayOfWeek> Days { get; init; }

    public required TimeOnly Time { get; init; }

    public required string Zone { get; init; }

    public SubscriptionContent Content { get; init; }

    public bool SkipEmpty { get; init; }

    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public bool Active { get; init; } = true;
}
