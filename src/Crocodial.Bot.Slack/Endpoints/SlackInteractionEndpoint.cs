using Crocodial.Bot.Core.Work;
using Crocodial.Bot.Slack.Answering;
using Crocodial.Bot.Slack.BlockKit;
using Crocodial.Bot.Slack.Payloads;
using Crocodial.Bot.Slack.Verification;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Slack.Endpoints;

/// <summary>
/// <c>POST /slack/interactions</c>: our buttons carry a command text, run again like typed text (the value
/// is untrusted) and answered through the click's <c>response_url</c>. Acknowledged at once with an empty 200,
/// unknown actions included.
/// </summary>
internal sealed partial class SlackInteractionEndpoint(WorkQueue queue, SlackAnswering answering, ILogger<SlackInteractionEndpoint> logger)
{
    public IResult Handle(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.TryGetVerifiedBody(out var body) || SlackInteraction.Parse(body.Span) is not { } interaction)
        {
            LogUnreadable(logger);
            return Results.BadRequest();
        }

        var action = interaction.Actions.Count > 0 ? interaction.Actions[0] : null;
        if (interaction.Type != SlackInteraction.BlockActions || action is null
            || !(SlackActionIds.IsRun(action.ActionId) || action.ActionId == SlackActionIds.Share))
        {
            LogUnknown(logger, interaction.Type, action?.ActionId ?? "(none)");
            return Results.Ok();
        }

        var teamId = interaction.Team?.Id is { Length: > 0 } team ? team : interaction.User?.TeamId;
        var channelId = interaction.Channel?.Id is { Length: > 0 } channel ? channel : interaction.Container?.ChannelId;
        var command = action.Value?.Trim();
        if (interaction.ResponseUri is not { } responseUrl || string.IsNullOrEmpty(teamId) || string.IsNullOrEmpty(channelId)
            || string.IsNullOrEmpty(interaction.User?.Id) || string.IsNullOrEmpty(command) || command.Length > BlockKitLimits.ButtonValue)
        {
            LogIncomplete(logger, action.ActionId);
            return Results.Ok();
        }

        var ask = new SlackAsk(command, teamId, channelId, interaction.User.Id);
        var share = action.ActionId == SlackActionIds.Share;
        var fromEphemeral = interaction.Container?.IsEphemeral ?? true;
        if (!queue.TryEnqueue("slack click", ct => answering.AnswerClickAsync(ask, responseUrl, share, fromEphemeral, ct)))
        {
            LogBusy(logger);
            context.Response.OnCompleted(() => answering.SayBusyAsync(ask, null, responseUrl, CancellationToken.None));
        }

        return Results.Ok();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack interaction body has no readable payload")]
    private static partial void LogUnreadable(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack interaction {Type}/{ActionId} is not one of ours; acknowledged")]
    private static partial void LogUnknown(ILogger logger, string type, string actionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack click on {ActionId} without a response_url, workspace, channel, user or usable value; acknowledged")]
    private static partial void LogIncomplete(ILogger logger, string actionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack click not queued: the work queue is full; the user is told")]
    private static partial void LogBusy(ILogger logger);
}
