using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Host.Storage;

/// <summary>
/// Subscriptions, their deliveries, Teams conversation references and de-duplication keys, shared by every
/// instance. Every method that decides between instances (claims, take-overs, dedup keys) is one atomic
/// statement against a unique key or a conditional update — never a read followed by a write.
/// </summary>
internal interface ISubscriptionStore
{
    /// <summary>Creates or upgrades the schema; safe to run from several processes at once.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    Task<Subscription> AddAsync(NewSubscription subscription, CancellationToken cancellationToken);

    /// <summary>A subscription by id, active or not.</summary>
    Task<Subscription?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>The channel's active subscriptions, oldest first.</summary>
    Task<IReadOnlyList<Subscription>> ListForChannelAsync(SubscriptionChannel channel, CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>Deactivates one subscription of this channel (<c>unsubscribe 7</c>); false when it has no such active one.</summary>
    Task<bool> DeactivateAsync(long id, SubscriptionChannel channel, CancellationToken cancellationToken);

    /// <summary><c>unsubscribe all</c>: the number deactivated.</summary>
    Task<int> DeactivateAllAsync(SubscriptionChannel channel, CancellationToken cancellationToken);

    /// <summary>The bot was removed from a channel: deactivates its subscriptions whatever the channel key.</summary>
    Task<int> DeactivateByAddressAsync(ChatPlatform platform, string address, CancellationToken cancellationToken);

    /// <summary>The app was uninstalled from a Slack workspace: every channel of that team (addresses <c>T…/…</c>).</summary>
    Task<int> DeactivateWorkspaceAsync(ChatPlatform platform, string workspaceId, CancellationToken cancellationToken);

    /// <summary>Claims a scheduled day by inserting its row; true for exactly one caller per subscription and local date.</summary>
    Task<bool> TryClaimAsync(long subscriptionId, DateOnly localDate, string instance, DateTimeOffset claimedAt, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Records a day that passed unposted (outside the catch-up window), unless it is already claimed.</summary>
    Task<bool> TryRecordMissedAsync(long subscriptionId, DateOnly localDate, string instance, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Claims without an outcome whose lease ended before <paramref name="now"/>: instances stopped mid-delivery.</summary>
    Task<IReadOnlyList<DeliveryRecord>> FindExpiredClaimsAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Takes over an expired claim; true for exactly one caller, and only while it is still expired and open.</summary>
    Task<bool> TakeOverExpiredClaimAsync(long subscriptionId, DateOnly localDate, string instance, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the lease of the caller's own open claim to <paramref name="leaseUntil"/> (a delivery still retrying);
    /// false when another instance has taken it over or it is complete — the caller must then stop.
    /// </summary>
    Task<bool> ExtendLeaseAsync(long subscriptionId, DateOnly localDate, string instance, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Completes the caller's own open claim; false when another instance has taken it over or it is complete.</summary>
    Task<bool> RecordOutcomeAsync(long subscriptionId, DateOnly localDate, string instance, DeliveryOutcome outcome, DateTimeOffset at, string? messageId, string? error, CancellationToken cancellationToken);

    Task<DeliveryRecord?> GetDeliveryAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken);

    /// <summary>The latest day recorded for each of these subscriptions (the listing's "last posted …", the scheduler's catch-up).</summary>
    Task<IReadOnlyDictionary<long, DeliveryRecord>> GetLastDeliveriesAsync(IReadOnlyCollection<long> subscriptionIds, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the reference for its conversation id, and makes it active again.</summary>
    Task UpsertConversationReferenceAsync(StoredConversationReference reference, CancellationToken cancellationToken);

    Task<StoredConversationReference?> GetConversationReferenceAsync(string conversationId, CancellationToken cancellationToken);

    Task<bool> DeactivateConversationReferenceAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>True the first time a key is seen (or once its earlier sighting has expired); atomic across instances.</summary>
    Task<bool> TryRememberAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    Task<int> PurgeExpiredKeysAsync(CancellationToken cancellationToken);
}
