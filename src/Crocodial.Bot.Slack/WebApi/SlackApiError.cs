namespace Crocodial.Bot.Slack.WebApi;

/// <summary>Who can fix a failed call: decides whether the user, an admin or nobody is told what to do.</summary>
public enum SlackErrorKind
{
    /// <summary>The conversation: the bot is not in it, it is archived, or it is not visible.</summary>
    Conversation,

    /// <summary>Token, scopes or app installation: only an admin can fix it.</summary>
    Configuration,

    RateLimited,

    /// <summary>Slack could not be reached or answered unreadably; the message may or may not exist.</summary>
    Transport,

    /// <summary>Slack refused the request itself (blocks, lengths, arguments): a bug on our side.</summary>
    Rejected,
}

/// <summary>A Slack error code with the sentence to show a user. The code goes to the log, the sentence to chat.</summary>
public sealed record SlackApiError(string Code, SlackErrorKind Kind, string UserMessage)
{
    /// <summary>For <c>missing_scope</c>: the scope Slack asked for.</summary>
    public string? NeededScope { get; init; }

    public bool IsConfigurationProblem => Kind == SlackErrorKind.Configuration;
}
