using Crocodial.Bot.Slack.Payloads;

namespace Crocodial.Bot.Slack.WebApi;

/// <summary>Where a message landed; keep both to update it or to thread under it.</summary>
public sealed record SlackPostedMessage(string Channel, string Ts);

/// <summary><c>auth.test</c>: who the bot token belongs to.</summary>
public sealed record SlackAuthInfo
{
    public string UserId { get; init => field = value ?? ""; } = "";

    public string? BotId { get; init; }

    /// <summary>The bot user's name, as <c>/invite @name</c> takes it.</summary>
    public string? User { get; init; }

    public string TeamId { get; init => field = value ?? ""; } = "";

    public string? Team { get; init; }

    public string? Url { get; init; }

    public string? EnterpriseId { get; init; }
}

/// <summary><c>users.info</c>, only what the bot reads.</summary>
public sealed record SlackUser
{
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>IANA zone id, e.g. <c>America/Los_Angeles</c>; shown beside the call centre's dates when it differs.</summary>
    public string? Tz { get; init; }

    public string? TzLabel { get; init; }

    /// <summary>Seconds from UTC right now (a snapshot: use <see cref="Tz"/>).</summary>
    public int? TzOffset { get; init; }

    public bool IsBot { get; init; }

    public bool Deleted { get; init; }
}

/// <summary><c>conversations.info</c>, only what the bot reads.</summary>
public sealed record SlackConversation
{
    public string Id { get; init => field = value ?? ""; } = "";

    public string? Name { get; init; }

    public bool IsIm { get; init; }

    public bool IsPrivate { get; init; }

    public bool IsArchived { get; init; }

    /// <summary>Whether the bot can post here without an invitation.</summary>
    public bool IsMember { get; init; }
}

/// <summary>One page of <c>conversations.history</c>, newest first.</summary>
public sealed record SlackHistoryPage(IReadOnlyList<SlackMessage> Messages, string? NextCursor);

internal sealed record SlackApiEnvelope
{
    public bool Ok { get; init; }

    public string? Error { get; init; }

    public string? Warning { get; init; }

    public string? Needed { get; init; }

    public SlackResponseMetadata? ResponseMetadata { get; init; }
}

internal sealed record SlackResponseMetadata
{
    public IReadOnlyList<string> Messages { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Warnings { get; init => field = value ?? []; } = [];

    public string? NextCursor { get; init; }
}

internal sealed record ChatResponse(string? Channel, string? Ts, string? MessageTs);

internal sealed record UsersInfoResponse(SlackUser? User);

internal sealed record ConversationsInfoResponse(SlackConversation? Channel);

internal sealed record ConversationsHistoryResponse(IReadOnlyList<SlackMessage>? Messages, SlackResponseMetadata? ResponseMetadata);
