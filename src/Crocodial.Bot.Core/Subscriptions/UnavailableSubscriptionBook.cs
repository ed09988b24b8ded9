namespace Crocodial.Bot.Core.Subscriptions;

/// <summary>Where no store runs (the terminal verbs): every change is refused with a sentence, nothing is listed.</summary>
public sealed class UnavailableSubscriptionBook : ISubscriptionBook
{
    public const string Reason = "Daily summaries need the bot's server and its storage; they can't be managed from here.";

    public Task<string?> CheckCanPostAsync(SubscriptionChannel channel, CancellationToken cancellationToken) => Task.FromResult<string?>(Reason);

    public Task<SubscriptionEntry> AddAsync(NewSubscription subscription, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(Reason);

    public Task<IReadOnlyList<SubscriptionEntry>> ListAsync(SubscriptionChannel channel, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SubscriptionEntry>>([]);

    public Task<bool> RemoveAsync(long id, SubscriptionChannel channel, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<int> RemoveAllAsync(SubscriptionChannel channel, CancellationToken cancellationToken) => Task.FromResult(0);

    public Task<SendNowResult> SendNowAsync(long id, SubscriptionChannel channel, CancellationToken cancellationToken) =>
        Task.FromResult(SendNowResult.Failed(Reason));
}
