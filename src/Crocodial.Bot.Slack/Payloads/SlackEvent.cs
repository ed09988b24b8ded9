namespace Crocodial.Bot.Slack.Payloads;

/// <summary>
/// The inner event, flattened: only the fields of the events this bot reads. Fields of other shapes (an
/// object where a string is expected) read as null instead of failing the whole delivery.
/// </summary>
public sealed record SlackEvent
{
    public string Type { get; init => field = value ?? ""; } = "";

    /// <summary><c>bot_message</c>, <c>message_changed</c>, <c>message_deleted</c>, <c>channel_join</c>…; null for a plain message.</summary>
    public string? Subtype { get; init; }

    public string? Channel { get; init; }

    /// <summary><c>im</c>, <c>channel</c>, <c>group</c>, <c>mpim</c> on messages; a letter (<c>C</c>, <c>G</c>) on <c>member_left_channel</c>.</summary>
    public string? ChannelType { get; init; }

    public string? User { get; init; }

    public string? Text { get; init; }

    public string? Ts { get; init; }

    public string? ThreadTs { get; init; }

    public string? EventTs { get; init; }

    /// <summary>Set on messages posted by any app or bot, ours included.</summary>
    public string? BotId { get; init; }

    public string? Team { get; init; }

    /// <summary><c>channel_left</c>: who removed the bot.</summary>
    public string? ActorId { get; init; }

    /// <summary><c>tokens_revoked</c>: user ids whose tokens were revoked, by kind.</summary>
    public SlackRevokedTokens? Tokens { get; init; }
}

public sealed record SlackRevokedTokens
{
    public IReadOnlyList<string> Oauth { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Bot { get; init => field = value ?? []; } = [];
}
