using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Delivery;
using Crocodial.Bot.Host.Scheduling;
using Crocodial.Bot.Host.Storage;
using Crocodial.Bot.Slack.Posting;
using Crocodial.Bot.Teams.Posting;

namespace Crocodial.Bot.Host.Subscriptions;

/// <summary>
/// The chat commands' view of subscriptions, over the shared store (SQLite or PostgreSQL) and the schedule.
/// Every call is scoped to the asking channel by platform and address, as the store matches them, so one
/// channel never lists, removes or sends another's.
/// </summary>
internal sealed class StoredSubscriptionBook(
    ISubscriptionStore store,
    SlackPostingCheck slack,
    TeamsPostingCheck teams,
    IEnumerable<IDailyPoster> posters,
    TimeProvider time) : ISubscriptionBook
{
    public const string CannotSendNow = "Sending now isn't available on this server; the scheduled posts are not affected.";

    public Task<string?> CheckCanPostAsync(SubscriptionChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return channel.Platform switch
        {
            ChatPlatform.Slack => slack.CheckAsync(channel, cancellationToken),
            ChatPlatform.Teams => teams.CheckAsync(channel, cancellationToken),
            _ => Task.FromResult<string?>("I can't post daily summaries in this kind of conversation."),
        };
    }

    public async Task<SubscriptionEntry> AddAsync(NewSubscription subscription, CancellationToken cancellationToken)
    {
        var stored = await store.AddAsync(subscription, cancellationToken);
        return new SubscriptionEntry(stored, NextRunAt(stored, time.GetUtcNow()), null);
    }

    public async Task<IReadOnlyList<SubscriptionEntry>> ListAsync(SubscriptionChannel channel, CancellationToken cancellationToken)
    {
        var subscriptions = await store.ListForChannelAsync(channel, cancellationToken);
        if (subscriptions.Count == 0)
        {
            return [];
        }

        var last = await store.GetLastDeliveriesAsync([.. subscriptions.Select(s => s.Id)], cancellationToken);
        var now = time.GetUtcNow();
        return [.. subscriptions.Select(s => new SubscriptionEntry(s, NextRunAt(s, now), last.GetValueOrDefault(s.Id)))];
    }

    public Task<bool> RemoveAsync(long id, SubscriptionChannel channel, CancellationToken cancellationToken) =>
        store.DeactivateAsync(id, channel, cancellationToken);

    public Task<int> RemoveAllAsync(SubscriptionChannel channel, CancellationToken cancellationToken) =>
        store.DeactivateAllAsync(channel, cancellationToken);

    public async Task<SendNowResult> SendNowAsync(long id, SubscriptionChannel channel, CancellationToken cancellationToken)
    {
        // Looked up among the channel's own active subscriptions, never by id alone.
        var subscription = (await store.ListForChannelAsync(channel, cancellationToken)).FirstOrDefault(s => s.Id == id);
        if (subscription is null)
        {
            return SendNowResult.NotFound;
        }

        // The poster comes with the delivery worker; a host composed without it says so rather than failing to start.
        if (posters.LastOrDefault() is not { } poster)
        {
            return SendNowResult.Failed(CannotSendNow);
        }

        var problem = await poster.SendNowAsync(subscription, cancellationToken);
        return problem is null ? SendNowResult.Sent : SendNowResult.Failed(problem);
    }

    private static DateTimeOffset? NextRunAt(Subscription subscription, DateTimeOffset now) =>
        SubscriptionSchedule.NextRun(subscription, now)?.At;
}
