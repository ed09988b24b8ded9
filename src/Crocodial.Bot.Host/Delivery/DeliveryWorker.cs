using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Storage;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Host.Delivery;

/// <summary>
/// The scheduler's loop (only in <c>serve</c>): a delivery round at start and every <c>Subscriptions:TickInterval</c>
/// on <see cref="TimeProvider"/>, and an hourly purge of expired de-duplication keys. Rounds do not wait for each
/// other's deliveries; claims keep them from posting anything twice.
/// </summary>
internal sealed class DeliveryWorker(
    DeliveryRounds rounds,
    ISubscriptionStore store,
    DeliveryInstance instance,
    TimeProvider time,
    IOptions<SubscriptionsOptions> options,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.TickInterval > TimeSpan.Zero ? options.Value.TickInterval : TimeSpan.FromSeconds(30);
        DeliveryLog.Started(logger, instance.Id, interval);
        var running = new List<Task>();
        DateTimeOffset? lastPurge = null;
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            do
            {
                running.RemoveAll(t => t.IsCompleted);
                try
                {
                    running.Add(await rounds.StartAsync(stoppingToken));
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    DeliveryLog.RoundFailed(logger, e);
                }

                if (lastPurge is not { } purged || time.GetUtcNow() - purged >= PurgeEvery)
                {
                    lastPurge = time.GetUtcNow();
                    await PurgeAsync(stoppingToken);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }

        await Task.WhenAll(running);
    }

    private async Task PurgeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var purged = await store.PurgeExpiredKeysAsync(cancellationToken);
            DeliveryLog.Purged(logger, purged);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DeliveryLog.PurgeFailed(logger, e);
        }
    }
}
