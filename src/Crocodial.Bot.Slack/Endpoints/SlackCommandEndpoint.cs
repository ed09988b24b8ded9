using Crocodial.Bot.Core.Conversation;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Core.Work;
using Crocodial.Bot.Slack.Answering;
using Crocodial.Bot.Slack.BlockKit;
using Crocodial.Bot.Slack.Payloads;
using Crocodial.Bot.Slack.Verification;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Slack.Endpoints;

/// <summary>
/// <c>POST /slack/commands</c>. Slack gives up after 3 s, so a report is never fetched here: the answer is a
/// "Fetching…" line and the report follows through <c>response_url</c>. Help, definitions and misread commands
/// need no fetching and are answered in the response itself.
/// </summary>
internal sealed partial class SlackCommandEndpoint(Answerer answerer, WorkQueue queue, SlackAnswering answering, ILogger<SlackCommandEndpoint> logger)
{
    public const string Unreadable = "Slack sent this command without the details I need. Please try again.";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.TryGetVerifiedBody(out var body) || SlashCommand.Parse(body.Span) is not { } command)
        {
            LogUnreadable(logger);
            return SlackReplies.Ephemeral(Unreadable);
        }

        var ask = new SlackAsk(SlackText.Unescape(command.Text).Trim(), command.TeamId, command.ChannelId, command.UserId);
        var fetching = answerer.FetchingLine(ask.ToMessage());
        if (fetching is null)
        {
            return SlackReplies.Ephemeral(BlockKitRenderer.Render(await AnswerNowAsync(ask, context.RequestAborted)));
        }

        if (!queue.TryEnqueue("slack command", ct => answering.AnswerCommandAsync(ask, command.ResponseUrl, ct)))
        {
            LogBusy(logger);
            return SlackReplies.Ephemeral(WorkQueue.BusyMessage);
        }

        return SlackReplies.Ephemeral(fetching);
    }

    private async Task<IChatView> AnswerNowAsync(SlackAsk ask, CancellationToken cancellationToken)
    {
        try
        {
            return await answerer.AnswerAsync(ask.ToMessage(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
            return ErrorView.Build(SlackAnswering.Failed);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack command without team, channel, user, command or response_url; answered with an apology")]
    private static partial void LogUnreadable(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack command not queued: the work queue is full")]
    private static partial void LogBusy(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack command answer failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
