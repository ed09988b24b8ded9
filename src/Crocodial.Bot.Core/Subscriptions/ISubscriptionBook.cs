namespace Crocodial.Bot.Core.Subscriptions;

/// <summary>
/// What the chat commands need from stored subscriptions and delivery (implemented by the host over its store
/// and scheduler). Every method is scoped to one channel: a channel never sees or changes another's subscriptions.
/// </summary>
public interface ISubscriptionBook
{
    /// <summary>Null when the bot can post into <paramref name="channel"/>; else one sentence saying how to fix it (Slack: invite the bot).</summary>
    Task<string?> CheckCanPostAsync(SubscriptionChannel channel, CancellationToken cancellationToken);

    Task<SubscriptionEntry> AddAsync(NewSubscription subscription, CancellationToken cancellationToken);

    /// <summary>The channel's active subscriptions, oldest first.</summary>
    Task<IReadOnlyList<SubscriptionEntry>> ListAsync(SubscriptionChannel channel, CancellationToken cancellationToken);

    /// <summary>False when the channel has no active subscription with that id.</summary>
    Task<bool> RemoveAsync(long id, SubscriptionChannel channel, CancellationToken cancellationToken);

    /// <summary>The number removed.</summary>
    Task<int> RemoveAllAsync(SubscriptionChannel channel, CancellationToken cancellationToken);

    /// <summary>
    /// Posts the subscription's summary now (<c>subscription 7 send now</c>). It is not that day's scheduled post:
    /// the schedule is untouched and no delivery is recorded.
    /// </summary>
    Task<SendNowResult> SendNowAsync(long id, SubscriptionChannel channel, CancellationToken cancellationToken);
}

/// <summary>A subscription as listed: when it posts next and how its latest scheduled day ended.</summary>
public sealed record SubscriptionEntry(Subscription Subscription, DateTimeOffset? NextRunAt, DeliveryRecord? LastDelivery);

/// <summary>
/// How a "send now" went. <see cref="Found"/> is false when the channel has no such active subscription;
/// otherwise <see cref="Problem"/> is null when the post went out, else one sentence saying why not.
/// </summary>
public sealed record SendNowResult(bool Found, string? Problem)
{
    public bool Posted => Found && Problem is null;

    public static SendNowResult NotFound { get; } = new(false, null);

    public static SendNowResult Sent { get; } = new(true, null);

    public static SendNowResult Failed(string problem) => new(true, problem);
}
