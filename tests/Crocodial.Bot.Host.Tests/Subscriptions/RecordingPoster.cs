using System.Collections.Concurrent;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Delivery;

namespace Crocodial.Bot.Host.Tests.Subscriptions;

/// <summary>Stands in for the delivery worker's poster: records each "send now" and answers with <see cref="Problem"/>.</summary>
internal sealed class RecordingPoster : IDailyPoster
{
    private readonly ConcurrentQueue<Subscription> _sent = new();

    public string? Problem { get; set; }

    public IReadOnlyList<Subscription> Sent => [.. _sent];

    public Task<string?> SendNowAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        _sent.Enqueue(subscription);
        return Task.FromResult(Problem);
    }
}
