using Crocodial.Bot.Teams.Connector;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Teams.Turns;

/// <summary>What the Teams channel logs: ids and outcomes, never tokens or what users wrote.</summary>
internal static partial class TeamsLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams request refused: body over {Limit} bytes")]
    public static partial void TooLarge(ILogger logger, long limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams request refused: {Reason}")]
    public static partial void BadRequest(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams activity {ActivityId} in {ConversationId} already seen; not answered again")]
    public static partial void Duplicate(ILogger logger, string activityId, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work queue full; Teams conversation {ConversationId} told to try again")]
    public static partial void Busy(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering in Teams conversation {ConversationId} failed")]
    public static partial void AnswerFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams delivery to {ConversationId} failed: {Outcome} ({Reason})")]
    public static partial void DeliveryFailed(ILogger logger, string conversationId, ConnectorOutcome outcome, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams bot added to {ConversationId} ({ConversationType}); greeted: {Greeted}")]
    public static partial void Installed(ILogger logger, string conversationId, string? conversationType, bool greeted);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams bot removed from {ConversationId}; reference inactive")]
    public static partial void Removed(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams activity type {Type} ({Name}) not handled")]
    public static partial void Ignored(ILogger logger, string type, string? name);
}
