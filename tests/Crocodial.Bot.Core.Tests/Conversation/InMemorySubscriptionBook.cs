using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Core.Tests.Conversation;

/// <summary>A book that keeps subscriptions in a list, so the desk's answers can be checked without a database.</summary>
internal sealed class InMemorySubscriptionBook : ISubscriptionBook
{
    private readonly List<Subscription> _subscriptions = [];
    private long _nextId = 7;

    public string? CannotPost { get; set; }

    public string? SendNowProblem { get; set; }

    public List<long> SentNow { get; } = [];

    public IReadOnlyList<Subscription> All => _subscriptions;

    public DateTimeOffset? NextRunAt { get; set; } = new DateTimeOffset(2025, 6, 5, 6, 0, 0, TimeSpan.Zero);

    public Task<string?> CheckCanPostAsync(SubscriptionChannel channel, CancellationToken cancellationToken) => Task.FromResult(CannotPost);

    public Task<SubscriptionEntry> AddAsync(NewSubscription subscription, CancellationToken cancellationToken)
    {
        var stored = subscription.WithId(_nextId++);
        _subscriptions.Add(stored);
        return Task.FromResult(Entry(stored));
    }

    public Task<IReadOnlyList<SubscriptionEntry>> ListAsync(SubscriptionChannel channel, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SubscriptionEntry>>([.. _subscriptions.Where(s => s.Active && s.Channel == channel).Select(Entry)]);

    public Task<bool> RemoveAsync(long id, SubscriptionChannel channel, CancellationToken cancellationToken)
    {
        var index = _subscriptions.FindIndex(s => s.Id == id && s.Active && s.Channel == channel);
        if (index < 0)
        {
            return Task.FromResult(false);
        }

        _subscriptions[index] = _subscriptions[index] with { Active = false };
        return Task.FromResult(true);
    }

    public async Task<int> RemoveAllAsync(SubscriptionChannel channel, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var s in _subscriptions.Where(s => s.Active && s.Channel == channel).ToList())
        {
            removed += await RemoveAsync(s.Id, channel, cancellationToken) ? 1 : 0;
        }

        return removed;
    }

    public Task<SendNowResult> SendNowAsync(long id, SubscriptionChannel channel, CancellationToken cancellationToken)
    {
        if (!_subscriptions.Any(s => s.Id == id && s.Active && s.Channel == channel))
        {
            return Task.FromResult(SendNowResult.NotFound);
        }

        if (SendNowProblem is { } problem)
        {
            return Task.FromResult(SendNowResult.Failed(problem));
        }

        SentNow.Add(id);
        return Task.FromResult(SendNowResult.Sent);
    }

    private SubscriptionEntry Entry(Subscription s) => new(s, NextRunAt, null);
}
