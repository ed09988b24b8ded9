namespace Crocodial.Bot.Slack.Events;

public enum SlackEventKind
{
    Ignored,

    /// <summary>An <c>app_mention</c>: answered in its thread.</summary>
    Mention,

    /// <summary>A message in the bot's DM: answered inline.</summary>
    DirectMessage,

    /// <summary>The bot left or was removed from <c>Channel</c>: its subscriptions there stop.</summary>
    RemovedFromChannel,

    AppUninstalled,

    /// <summary>The bot token was revoked: every subscription of the workspace stops.</summary>
    TokensRevoked,
}

/// <summary>What to do with an event; <see cref="IgnoredBecause"/> is a short reason for the debug log.</summary>
public sealed record SlackEventDecision(SlackEventKind Kind, string? IgnoredBecause = null)
{
    /// <summary>Where to reply: the mention's thread (its <c>thread_ts</c>, else its <c>ts</c>); a DM's own thread, if any.</summary>
    public string? ReplyThreadTs { get; init; }

    public static SlackEventDecision Ignore(string because) => new(SlackEventKind.Ignored, because);
}
