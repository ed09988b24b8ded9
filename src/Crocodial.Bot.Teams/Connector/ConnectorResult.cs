namespace Crocodial.Bot.Teams.Connector;

public enum ConnectorOutcome
{
    /// <summary>The Connector accepted the activity.</summary>
    Delivered,

    /// <summary>403/404 for the conversation: the bot was removed, blocked or disabled; mark the reference inactive.</summary>
    BotRemoved,

    /// <summary>404 <c>ActivityNotFoundInConversation</c>: the message to update or reply to is gone.</summary>
    ActivityNotFound,

    /// <summary>Over the size limit, found before sending or answered 413 <c>MessageSizeTooBig</c>.</summary>
    TooLarge,

    /// <summary>Not sent: the service URL is not allowed, or the activity mixes text and a card.</summary>
    Refused,

    /// <summary>Any other failure; see <see cref="ConnectorResult.StatusCode"/> and <see cref="ConnectorResult.Reason"/>.</summary>
    Failed,
}

/// <summary>What one Connector call came to. <see cref="Reason"/> is safe to log and to show an operator.</summary>
public sealed record ConnectorResult(
    ConnectorOutcome Outcome,
    int? StatusCode = null,
    string? ActivityId = null,
    string? ConversationId = null,
    string? ErrorCode = null,
    string? Reason = null)
{
    public bool Succeeded => Outcome == ConnectorOutcome.Delivered;

    internal static ConnectorResult Refused(string reason) => new(ConnectorOutcome.Refused, Reason: reason);
}
