using System.Globalization;
using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Slack.Payloads;

namespace Crocodial.Bot.Host.Delivery;

/// <summary>
/// <c>subscription 7 send now</c>: the scheduled post's own build and send, at once, marked as sent on request —
/// no claim, no record, posted even on a day without calls. Its Slack metadata has its own event type, so it is
/// never taken for that day's scheduled post.
/// </summary>
internal sealed class DailyPoster(
    DailySummaryBuilder builder,
    DailyPostSender sender,
    ReportSource reports,
    TimeProvider time,
    ILogger<DailyPoster> logger) : IDailyPoster
{
    public const string RemovedSentence = "I can't post in that channel any more — add the bot to it again.";
    public const string TryLaterSentence = "The summary couldn't be posted just now; try again in a minute.";
    public const string RefusedSentence = "The summary couldn't be posted there; an admin can find the details in the log.";

    public async Task<string?> SendNowAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var plan = builder.Plan(subscription, time.GetUtcNow());
        if (plan.Refusal is { } refusal)
        {
            return refusal;
        }

        var current = await reports.GetAsync(plan.RequestFor(plan.Current), cancellationToken);
        if (!current.IsSuccess)
        {
            return current.Error.UserMessage;
        }

        ReportData? previous = null;
        if (plan.Previous is { } query)
        {
            var result = await reports.GetAsync(plan.RequestFor(query), cancellationToken);
            if (!result.IsSuccess)
            {
                return result.Error.UserMessage;
            }

            previous = result.Data;
        }

        var view = builder.Build(subscription, plan, current.Data, previous, [DailySummaryBuilder.SentOnRequestNote(subscription)]);
        var metadata = new SlackMessageMetadata(DailyPostSender.OnRequestEventType, new JsonObject
        {
            ["subscription_id"] = subscription.Id,
            ["sent_at"] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        });
        var sent = await sender.SendAsync(subscription, view, metadata, cancellationToken);
        DeliveryLog.SentOnRequest(logger, subscription.Id, subscription.Channel.Platform, sent.Status, sent.Error);
        return sent.Status switch
        {
            SendStatus.Posted => null,
            SendStatus.BotRemoved => RemovedSentence,
            SendStatus.Transient => TryLaterSentence,
            _ => RefusedSentence,
        };
    }
}
