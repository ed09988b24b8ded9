using Crocodial.Bot.Core.Conversation;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Core.Views.Text;
using Crocodial.Bot.Slack.BlockKit;
using Crocodial.Bot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Slack.Answering;

/// <summary>
/// The unit of background work behind every Slack question: answer through <see cref="Answerer"/> (which
/// re-reads the words and re-checks access, so a button's value is treated like typed text), render, and
/// deliver. Every failure ends in a sentence to the user where Slack still lets us say one.
/// </summary>
internal sealed partial class SlackAnswering(
    Answerer answerer, SlackUserZones zones, IServiceScopeFactory scopes, TimeProvider time, ILogger<SlackAnswering> logger)
{
    public const string StillWorking = "Still working on it…";

    public const string Failed = "Sorry, something went wrong while answering. Please try again in a minute.";

    /// <summary>Slash command: a first "Fetching…" line is showing; if the answer is slow, say so once, then replace it.</summary>
    public static readonly TimeSpan StillWorkingAfter = TimeSpan.FromSeconds(10);

    /// <summary>A slash command's report: replaces the "Fetching…" line, ephemeral, with "Share in channel".</summary>
    public async Task AnswerCommandAsync(SlackAsk ask, Uri responseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ask);
        using var scope = scopes.CreateScope();
        var slack = scope.ServiceProvider.GetRequiredService<SlackApiClient>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var answering = AnswerAsync(slack, ask, cancellationToken);
        var waiting = Task.Delay(StillWorkingAfter, time, stop.Token);
        if (await Task.WhenAny(answering, waiting) == waiting)
        {
            await RespondAsync(slack, responseUrl, new SlackResponseMessage(StillWorking) { ReplaceOriginal = true }, null, null, null, cancellationToken);
        }

        await stop.CancelAsync();
        var view = await answering;
        var share = view is ReportView ? ask.Text : null;
        var message = BlockKitRenderer.Render(view, share);
        await RespondAsync(slack, responseUrl, Response(message) with { ReplaceOriginal = true }, view, ask, share, cancellationToken);
    }

    /// <summary>
    /// A button: re-run its command and replace the message it sits on; "Share in channel" posts the answer
    /// to everyone instead, leaving the private one as it was.
    /// </summary>
    public async Task AnswerClickAsync(SlackAsk ask, Uri responseUrl, bool share, bool fromEphemeral, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ask);
        using var scope = scopes.CreateScope();
        var slack = scope.ServiceProvider.GetRequiredService<SlackApiClient>();
        var view = await AnswerAsync(slack, ask, cancellationToken);
        var isReport = view is ReportView;
        SlackResponseMessage response;
        var shareAgain = !share && fromEphemeral && isReport ? ask.Text : null;
        if (share)
        {
            // An error is not worth showing the channel; it stays with the person who clicked.
            response = Response(BlockKitRenderer.Render(view)) with
            {
                ResponseType = isReport ? SlackResponseType.InChannel : SlackResponseType.Ephemeral,
                ReplaceOriginal = false,
            };
        }
        else
        {
            response = Response(BlockKitRenderer.Render(view, shareAgain)) with
            {
                ResponseType = fromEphemeral ? SlackResponseType.Ephemeral : SlackResponseType.InChannel,
                ReplaceOriginal = true,
            };
        }

        await RespondAsync(slack, responseUrl, response, view, response.ResponseType == SlackResponseType.Ephemeral ? ask : null, shareAgain, cancellationToken);
    }

    /// <summary>A mention (answered in its thread) or a DM (answered inline).</summary>
    public async Task AnswerEventAsync(SlackAsk ask, string? threadTs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ask);
        using var scope = scopes.CreateScope();
        var slack = scope.ServiceProvider.GetRequiredService<SlackApiClient>();
        var view = await AnswerAsync(slack, ask, cancellationToken);
        var message = BlockKitRenderer.Render(view);
        var posted = await slack.PostMessageAsync(new SlackOutgoingMessage(ask.ChannelId, message.Text) { Blocks = message.Blocks, ThreadTs = threadTs }, cancellationToken);
        if (posted.IsOk)
        {
            return;
        }

        LogNotDelivered(logger, "chat.postMessage", posted.Error.Code);
        if (posted.Error.Kind == SlackErrorKind.Rejected)
        {
            // Slack refused the blocks (a layout it does not take here): the table as text, else the whole answer as text.
            var simpler = Simpler(view, null);
            var retried = await slack.PostMessageAsync(new SlackOutgoingMessage(ask.ChannelId, simpler.Text) { Blocks = simpler.Blocks, ThreadTs = threadTs }, cancellationToken);
            if (!retried.IsOk && simpler.Blocks is not null)
            {
                await slack.PostMessageAsync(new SlackOutgoingMessage(ask.ChannelId, PlainText(view)) { ThreadTs = threadTs }, cancellationToken);
            }
        }
    }

    /// <summary>Tells the asker at once that the queue is full (the work was not queued).</summary>
    public async Task SayBusyAsync(SlackAsk ask, string? threadTs, Uri? responseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ask);
        using var scope = scopes.CreateScope();
        var slack = scope.ServiceProvider.GetRequiredService<SlackApiClient>();
        if (responseUrl is not null)
        {
            await RespondAsync(slack, responseUrl, new SlackResponseMessage(Core.Work.WorkQueue.BusyMessage), null, null, null, cancellationToken);
            return;
        }

        var posted = await slack.PostMessageAsync(new SlackOutgoingMessage(ask.ChannelId, Core.Work.WorkQueue.BusyMessage) { ThreadTs = threadTs }, cancellationToken);
        if (!posted.IsOk)
        {
            LogNotDelivered(logger, "chat.postMessage", posted.Error.Code);
        }
    }

    private async Task<IChatView> AnswerAsync(SlackApiClient slack, SlackAsk ask, CancellationToken cancellationToken)
    {
        try
        {
            var zone = await zones.GetAsync(slack, ask.TeamId, ask.UserId, cancellationToken);
            return await answerer.AnswerAsync(ask.ToMessage(zone), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogAnswerFailed(logger, e);
            return ErrorView.Build(Failed);
        }
    }

    /// <summary>
    /// Through <c>response_url</c>; refused blocks are resent as text. When the URL itself is spent (expired,
    /// used five times), a private answer goes to <paramref name="privateTo"/> with <c>chat.postEphemeral</c>,
    /// which works where the bot is a member.
    /// </summary>
    private async Task RespondAsync(
        SlackApiClient slack, Uri responseUrl, SlackResponseMessage response, IChatView? view, SlackAsk? privateTo, string? share, CancellationToken cancellationToken)
    {
        var error = await slack.RespondAsync(responseUrl, response, cancellationToken);
        if (error is null)
        {
            return;
        }

        LogNotDelivered(logger, "response_url", error.Code);
        if (error.Kind == SlackErrorKind.Rejected && view is not null)
        {
            var simpler = Simpler(view, share);
            error = await slack.RespondAsync(responseUrl, response with { Text = simpler.Text, Blocks = simpler.Blocks }, cancellationToken);
            if (error is { Kind: SlackErrorKind.Rejected } && simpler.Blocks is not null)
            {
                error = await slack.RespondAsync(responseUrl, response with { Text = PlainText(view), Blocks = null }, cancellationToken);
            }
        }

        if (error is not null && privateTo is not null)
        {
            var plain = error.Kind == SlackErrorKind.Rejected && view is not null;
            var posted = await slack.PostEphemeralAsync(
                new SlackEphemeralMessage(privateTo.ChannelId, privateTo.UserId, plain ? PlainText(view!) : response.Text) { Blocks = plain ? null : response.Blocks },
                cancellationToken);
            if (!posted.IsOk)
            {
                LogNotDelivered(logger, "chat.postEphemeral", posted.Error.Code);
            }
        }
    }

    /// <summary>The next layout to try after Slack refused one: a report's table as text (reference §6.5), else plain text.</summary>
    private static (string Text, System.Text.Json.Nodes.JsonArray? Blocks) Simpler(IChatView view, string? share)
    {
        if (view is ReportView { Table: not null } report)
        {
            var message = BlockKitRenderer.Render(report, share, tableAsText: true);
            return (message.Text, message.Blocks);
        }

        return (PlainText(view), null);
    }

    private static SlackResponseMessage Response(BlockKitMessage message) => new(message.Text) { Blocks = message.Blocks };

    /// <summary>The terminal's layout in a code block: no blocks that Slack could refuse.</summary>
    private static string PlainText(IChatView view) =>
        "```" + Blocks.CutEscaped(Blocks.Md(TextRenderer.Render(view)), BlockKit.BlockKitLimits.FallbackText - 6) + "```";

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack answer failed; the user was told to try again")]
    private static partial void LogAnswerFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack answer not delivered through {Method}: {Code}")]
    private static partial void LogNotDelivered(ILogger logger, string method, string code);
}
