using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Scheduling;
using Crocodial.Bot.Host.Storage;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Host.Delivery;

/// <summary>
/// One claimed day of one subscription, to its recorded end: fetch, build, post, record. Transient failures are
/// retried with exponential backoff until <see cref="SubscriptionsOptions.RetryDeadline"/>; before every attempt the claim's
/// lease is renewed, and an attempt whose claim was taken over stops without posting. A post that may exist already
/// (a take-over, a lost answer) is looked for first on Slack; on Teams it is re-sent and logged (DECISIONS §8).
/// </summary>
internal sealed class DailyDelivery(
    ISubscriptionStore store,
    DailySummaryBuilder builder,
    DailyPostSender sender,
    DeliveryInstance instance,
    TimeProvider time,
    IOptions<SubscriptionsOptions> subscriptions,
    ILogger<DailyDelivery> logger)
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(2);

    private TimeSpan Lease => subscriptions.Value.ClaimLease;

    public async Task RunAsync(ClaimedRun claimed, SharedReports reports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        ArgumentNullException.ThrowIfNull(reports);
        var (subscription, day) = (claimed.Subscription, claimed.Run.LocalDate);
        var deadline = time.GetUtcNow() + subscriptions.Value.RetryDeadline;
        var mayExist = claimed.TakenOver;
        for (var attempt = 0; ; attempt++)
        {
            if (!await store.ExtendLeaseAsync(subscription.Id, day, instance.Id, time.GetUtcNow() + Lease, cancellationToken))
            {
                DeliveryLog.LostClaim(logger, subscription.Id, day);
                return;
            }

            var step = await AttemptAsync(claimed, reports, mayExist, cancellationToken);
            if (step.Outcome is not null)
            {
                await FinishAsync(claimed, step, cancellationToken);
                return;
            }

            mayExist |= step.MayExist;
            var delay = Backoff(attempt);
            if (time.GetUtcNow() + delay > deadline)
            {
                await FinishAsync(claimed, step with { Outcome = DeliveryOutcome.Failed }, cancellationToken);
                return;
            }

            DeliveryLog.Retrying(logger, subscription.Id, day, step.Error ?? "", delay);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    /// <summary>5 s, 10 s, 20 s … up to 2 min, and never more than a third of the lease (renewed before each attempt).</summary>
    private TimeSpan Backoff(int attempt)
    {
        var delay = FirstBackoff * Math.Pow(2, Math.Min(attempt, 10));
        var cap = Lease / 3 < MaxBackoff ? Lease / 3 : MaxBackoff;
        return delay < cap ? delay : cap;
    }

    private async Task<DeliveryStep> AttemptAsync(ClaimedRun claimed, SharedReports reports, bool mayExist, CancellationToken cancellationToken)
    {
        var subscription = claimed.Subscription;
        var plan = builder.Plan(subscription, claimed.Run.At);
        if (plan.Refusal is { } refusal)
        {
            return DeliveryStep.Done(DeliveryOutcome.Skipped, error: "access: " + refusal, notice: DeliveryNotices.Refused(subscription, refusal));
        }

        // A post that may exist already: on Slack, look for it before anything else (DECISIONS §8).
        if (mayExist && subscription.Channel.Platform == ChatPlatform.Slack)
        {
            var found = await sender.FindSlackPostAsync(subscription, claimed.Run.LocalDate, claimed.Run.At - TimeSpan.FromMinutes(1), cancellationToken);
            if (found is { Status: SendStatus.Posted })
            {
                DeliveryLog.FoundExisting(logger, subscription.Id, claimed.Run.LocalDate, found.MessageId);
                return DeliveryStep.Done(DeliveryOutcome.Posted, found.MessageId);
            }

            if (found is not null)
            {
                return DeliveryNotices.SendProblem(subscription, plan, found);
            }
        }

        if (claimed.TakenOver && time.GetUtcNow() - claimed.Run.At > subscriptions.Value.CatchUpWindow)
        {
            // Stopped instances left this day open for longer than the catch-up window: too old to post now, like a
            // missed day, rather than a flood of old summaries after a long outage.
            return DeliveryStep.Done(DeliveryOutcome.Missed, error: "claim expired longer ago than the catch-up window; not sent again");
        }

        var current = await FetchAsync(reports, plan, plan.Current, cancellationToken);
        if (!current.IsSuccess)
        {
            return DeliveryNotices.ReportProblem(subscription, plan, current.Error);
        }

        ReportData? previous = null;
        if (plan.Previous is { } previousQuery)
        {
            var result = await FetchAsync(reports, plan, previousQuery, cancellationToken);
            if (!result.IsSuccess)
            {
                return DeliveryNotices.ReportProblem(subscription, plan, result.Error);
            }

            previous = result.Data;
        }

        if (subscription.SkipEmpty && DailySummaryBuilder.HasNoCalls(current.Data))
        {
            return DeliveryStep.Done(DeliveryOutcome.Skipped, error: "no calls (skip empty)");
        }

        var view = builder.Build(subscription, plan, current.Data, previous, claimed.Late ? [DailySummaryBuilder.LateNote(subscription)] : []);
        if (mayExist && subscription.Channel.Platform == ChatPlatform.Teams)
        {
            DeliveryLog.TeamsResend(logger, subscription.Id, claimed.Run.LocalDate,
                claimed.TakenOver ? "taking over an expired claim" : "an answer lost after sending");
        }

        var sent = await sender.SendAsync(
            subscription, view, DailyPostSender.Metadata(subscription.Id, claimed.Run.LocalDate, claimed.Attempt, instance.Id), cancellationToken);
        return sent.Status == SendStatus.Posted
            ? DeliveryStep.Done(DeliveryOutcome.Posted, sent.MessageId)
            : DeliveryNotices.SendProblem(subscription, plan, sent);
    }

    private static async Task<ReportResult> FetchAsync(SharedReports reports, DailyPlan plan, ReportQuery query, CancellationToken cancellationToken)
    {
        var result = await reports.GetAsync(plan.RequestFor(query), query, cancellationToken);
        if (!result.IsSuccess)
        {
            // The next attempt (of this post or any other sharing the query) fetches again.
            reports.Forget(query, result);
        }

        return result;
    }

    private async Task FinishAsync(ClaimedRun claimed, DeliveryStep step, CancellationToken cancellationToken)
    {
        var (subscription, day) = (claimed.Subscription, claimed.Run.LocalDate);
        var outcome = step.Outcome ?? DeliveryOutcome.Failed;
        if (step.Removed)
        {
            var stopped = await sender.StopChannelAsync(subscription, cancellationToken);
            DeliveryLog.BotRemoved(logger, subscription.Channel.Platform, subscription.Channel.Address, step.Error, stopped);
        }

        if (!await store.RecordOutcomeAsync(subscription.Id, day, instance.Id, outcome, time.GetUtcNow(), step.MessageId, step.Error, cancellationToken))
        {
            DeliveryLog.LostClaim(logger, subscription.Id, day);
            return;
        }

        if (outcome == DeliveryOutcome.Failed)
        {
            DeliveryLog.Failed(logger, subscription.Id, day, subscription.Channel.Platform, step.Error);
        }
        else
        {
            DeliveryLog.Outcome(logger, subscription.Id, day, subscription.Channel.Platform, outcome, step.MessageId ?? "(no message)", step.Error);
        }

        if (step.Notice is { } notice && !step.Removed && outcome is DeliveryOutcome.Failed or DeliveryOutcome.Skipped)
        {
            var said = await sender.SendNoticeAsync(subscription, notice, cancellationToken);
            if (said.Status != SendStatus.Posted)
            {
                DeliveryLog.NoticeFailed(logger, subscription.Id, said.Error);
            }
        }
    }
}
