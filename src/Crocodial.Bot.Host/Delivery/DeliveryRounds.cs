using System.Collections.Concurrent;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Scheduling;
using Crocodial.Bot.Host.Storage;
using Cronos;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Host.Delivery;

/// <summary>
/// One round of the delivery worker (the unit tests drive): the due days of every active subscription are
/// recorded as missed or claimed, expired claims of stopped instances are taken over, and the claimed posts are
/// delivered — in parallel, sharing one report fetch per distinct query. Only the claim's winner posts.
/// </summary>
internal sealed class DeliveryRounds(
    ISubscriptionStore store,
    DailySummaryBuilder builder,
    DailyDelivery delivery,
    ReportSource source,
    DeliveryInstance instance,
    TimeProvider time,
    IOptions<SubscriptionsOptions> options,
    ILogger<DeliveryRounds> logger)
{
    private const int MaxParallel = 8;

    /// <summary>This instance's deliveries still running, which a later round must not take over from itself.</summary>
    private readonly ConcurrentDictionary<(long, DateOnly), byte> _inFlight = new();

    /// <summary>A whole round: claims, then every delivery to its recorded end.</summary>
    public async Task RunAsync(CancellationToken cancellationToken) => await await StartAsync(cancellationToken);

    /// <summary>
    /// Claims this round's posts and starts delivering them; the returned task ends when they are all recorded.
    /// The worker does not wait for it, so a post retrying for minutes never delays the next round's claims.
    /// </summary>
    public async Task<Task> StartAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lease = options.Value.ClaimLease;
        var claimed = new List<ClaimedRun>();
        var subscriptions = await store.ListActiveAsync(cancellationToken);
        if (subscriptions.Count > 0)
        {
            var last = await store.GetLastDeliveriesAsync([.. subscriptions.Select(s => s.Id)], cancellationToken);
            foreach (var subscription in subscriptions)
            {
                await ClaimDueAsync(subscription, last.GetValueOrDefault(subscription.Id)?.LocalDate, now, lease, claimed, cancellationToken);
            }
        }

        foreach (var expired in await store.FindExpiredClaimsAsync(now, cancellationToken))
        {
            await TakeOverAsync(expired, subscriptions, now, lease, claimed, cancellationToken);
        }

        if (claimed.Count == 0)
        {
            return Task.CompletedTask;
        }

        // Grouped before anything is fetched: posts with the same resolved tenants and days share one report call.
        var queries = claimed.Select(c => builder.Plan(c.Subscription, c.Run.At))
            .Where(p => p.Refusal is null)
            .SelectMany(p => p.Previous is { } previous ? new[] { p.Current, previous } : [p.Current])
            .Distinct()
            .Count();
        DeliveryLog.Round(logger, claimed.Count, queries);
        return DeliverAllAsync(claimed, new SharedReports(source, cancellationToken), cancellationToken);
    }

    private async Task ClaimDueAsync(
        Subscription subscription, DateOnly? lastRecorded, DateTimeOffset now, TimeSpan lease, List<ClaimedRun> claimed, CancellationToken cancellationToken)
    {
        IReadOnlyList<DueRun> due;
        try
        {
            due = SubscriptionSchedule.DueRuns(subscription, lastRecorded, now, options.Value.CatchUpWindow);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or CronFormatException)
        {
            DeliveryLog.BadSchedule(logger, e, subscription.Id, subscription.Zone);
            return;
        }

        foreach (var run in due)
        {
            var day = run.Run.LocalDate;
            if (!run.ShouldPost)
            {
                if (await store.TryRecordMissedAsync(subscription.Id, day, instance.Id, now, cancellationToken))
                {
                    DeliveryLog.Missed(logger, subscription.Id, day);
                }

                continue;
            }

            if (await store.TryClaimAsync(subscription.Id, day, instance.Id, now, now + lease, cancellationToken))
            {
                var claim = new ClaimedRun(subscription, run.Run, run.Timing == RunTiming.Late, TakenOver: false, Attempt: 1);
                _inFlight.TryAdd(claim.Key, 0);
                claimed.Add(claim);
            }
        }
    }

    private async Task TakeOverAsync(
        DeliveryRecord expired, IReadOnlyList<Subscription> active, DateTimeOffset now, TimeSpan lease, List<ClaimedRun> claimed, CancellationToken cancellationToken)
    {
        var (id, day) = (expired.SubscriptionId, expired.LocalDate);
        if (_inFlight.ContainsKey((id, day)))
        {
            return;
        }

        var subscription = active.FirstOrDefault(s => s.Id == id) ?? await store.GetAsync(id, cancellationToken);
        if (!await store.TakeOverExpiredClaimAsync(id, day, instance.Id, now, now + lease, cancellationToken))
        {
            return;
        }

        DeliveryLog.TookOver(logger, id, day, expired.ClaimedBy, expired.Attempt + 1);
        if (subscription is not { Active: true })
        {
            await store.RecordOutcomeAsync(id, day, instance.Id, DeliveryOutcome.Skipped, now, null, "subscription removed", cancellationToken);
            return;
        }

        ScheduledRun? run;
        try
        {
            run = SubscriptionSchedule.RunOn(subscription, day);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or CronFormatException)
        {
            DeliveryLog.BadSchedule(logger, e, id, subscription.Zone);
            run = null;
        }

        run ??= new ScheduledRun(day, expired.ClaimedAt);
        var claim = new ClaimedRun(subscription, run, now - run.At > SubscriptionSchedule.LateAfter, TakenOver: true, expired.Attempt + 1);
        _inFlight.TryAdd(claim.Key, 0);
        claimed.Add(claim);
    }

    private async Task DeliverAllAsync(List<ClaimedRun> claimed, SharedReports reports, CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(MaxParallel);
        await Task.WhenAll(claimed.Select(async claim =>
        {
            try
            {
                await slots.WaitAsync(cancellationToken);
                try
                {
                    await delivery.RunAsync(claim, reports, cancellationToken);
                }
                finally
                {
                    slots.Release();
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopping: the open claim is resolved by whoever takes it over after its lease.
            }
#pragma warning disable CA1031 // One broken delivery must not stop the others; its claim expires and is taken over.
            catch (Exception e)
#pragma warning restore CA1031
            {
                DeliveryLog.Crashed(logger, e, claim.Subscription.Id, claim.Run.LocalDate);
            }
            finally
            {
                _inFlight.TryRemove(claim.Key, out _);
            }
        }));
    }
}
