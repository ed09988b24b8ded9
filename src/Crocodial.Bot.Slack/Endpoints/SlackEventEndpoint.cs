using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Work;
using Crocodial.Bot.Slack.Answering;
using Crocodial.Bot.Slack.Events;
using Crocodial.Bot.Slack.Payloads;
using Crocodial.Bot.Slack.Verification;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Slack.Endpoints;

/// <summary>
/// <c>POST /slack/events</c>: always 200 at once (Slack retries after 3 s, even while the first delivery is
/// still running), so questions go to the work queue and a retry is recognised by its <c>event_id</c>.
/// </summary>
internal sealed partial class SlackEventEndpoint(
    WorkQueue queue,
    SlackAnswering answering,
    SlackBotUser botUser,
    SlackEventDeduplicator deduplicator,
    ISlackChannelRemovals removals,
    ILogger<SlackEventEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.TryGetVerifiedBody(out var body) || SlackEventEnvelope.Parse(body.Span) is not { } envelope)
        {
            LogUnreadable(logger);
            return Results.BadRequest();
        }

        switch (envelope.Type)
        {
            case SlackEventEnvelope.UrlVerification:
                return SlackReplies.Json(new JsonObject { ["challenge"] = envelope.Challenge ?? "" });
            case SlackEventEnvelope.EventCallback when envelope.Event is { } slackEvent && !string.IsNullOrEmpty(envelope.EventId):
                var retry = SlackRetry.FromHeaders(context.Request.Headers);
                if (!deduplicator.TryBegin(envelope.EventId))
                {
                    LogDuplicate(logger, envelope.EventId, retry.Number, retry.Reason);
                    return Results.Ok();
                }

                await HandleAsync(context, envelope, slackEvent);
                return Results.Ok();
            case SlackEventEnvelope.AppRateLimited:
                LogRateLimited(logger, envelope.TeamId ?? "?", envelope.MinuteRateLimited ?? 0);
                return Results.Ok();
            default:
                LogIgnored(logger, envelope.Type, "envelope type not handled");
                return Results.Ok();
        }
    }

    private async Task HandleAsync(HttpContext context, SlackEventEnvelope envelope, SlackEvent slackEvent)
    {
        var identity = botUser.For(envelope);
        var decision = SlackEventTriage.Decide(slackEvent, identity);
        var teamId = envelope.TeamId ?? slackEvent.Team ?? "";
        switch (decision.Kind)
        {
            case SlackEventKind.Mention or SlackEventKind.DirectMessage:
                var text = SlackText.Unescape(SlackText.StripMention(slackEvent.Text ?? "", identity.UserId)).Trim();
                var ask = new SlackAsk(text, teamId, slackEvent.Channel!, slackEvent.User!);
                var threadTs = decision.ReplyThreadTs;
                if (!queue.TryEnqueue("slack " + slackEvent.Type, ct => answering.AnswerEventAsync(ask, threadTs, ct)))
                {
                    LogBusy(logger);

                    // Said after the 200 has gone, so Slack does not wait on our post.
                    context.Response.OnCompleted(() => answering.SayBusyAsync(ask, threadTs, null, CancellationToken.None));
                }

                return;
            case SlackEventKind.RemovedFromChannel or SlackEventKind.AppUninstalled or SlackEventKind.TokensRevoked:
                var channel = decision.Kind == SlackEventKind.RemovedFromChannel ? slackEvent.Channel : null;
                LogRemoved(logger, decision.Kind, teamId, channel ?? "(whole workspace)");
                try
                {
                    await removals.RemovedAsync(new SlackRemoval(decision.Kind, teamId, channel), context.RequestAborted);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Still 200: a retry would fail the same way, and the removal is in the log.
                    LogRemovalFailed(logger, decision.Kind, e);
                }

                return;
            default:
                LogIgnored(logger, slackEvent.Type, decision.IgnoredBecause ?? "");
                return;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack event body is not an event envelope")]
    private static partial void LogUnreadable(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack event {EventId} already taken (delivery {RetryNum}, {RetryReason}); not answered again")]
    private static partial void LogDuplicate(ILogger logger, string eventId, int retryNum, string? retryReason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack event {Type} ignored: {Because}")]
    private static partial void LogIgnored(ILogger logger, string type, string because);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack paused event deliveries for workspace {TeamId} (minute {Minute}): over 30,000 events an hour")]
    private static partial void LogRateLimited(ILogger logger, string teamId, long minute);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack event not queued: the work queue is full; the user is told")]
    private static partial void LogBusy(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack {Kind}: handling the removal failed")]
    private static partial void LogRemovalFailed(ILogger logger, SlackEventKind kind, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack: {Kind} in workspace {TeamId}, conversation {ChannelId}")]
    private static partial void LogRemoved(ILogger logger, SlackEventKind kind, string teamId, string channelId);
}
