namespace Crocodial.Bot.Core.Subscriptions;

/// <summary>How a scheduled day ended. Stored by name.</summary>
public enum DeliveryOutcome
{
    Posted,
    Failed,

    /// <summary>Due while no instance was running, outside the catch-up window: recorded, not posted.</summary>
    Missed,

    /// <summary>Nothing to post (skip empty) or the channel may no longer see the tenants.</summary>
    Skipped,
}
