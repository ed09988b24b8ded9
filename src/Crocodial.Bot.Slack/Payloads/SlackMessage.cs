using System.Text.Json.Nodes;

namespace Crocodial.Bot.Slack.Payloads;

/// <summary>A message as Slack reports it (interaction source, <c>conversations.history</c>).</summary>
public sealed record SlackMessage
{
    public string? Type { get; init; }

    public string? Subtype { get; init; }

    public string? Ts { get; init; }

    public string? ThreadTs { get; init; }

    public string? User { get; init; }

    public string? BotId { get; init; }

    public string? Text { get; init; }

    public SlackMessageMetadata? Metadata { get; init; }
}

/// <summary>
/// Message metadata: how a scheduled post is found again after a crash (DECISIONS §8). Slack returns it in
/// history only when asked with <c>include_all_metadata</c>.
/// </summary>
public sealed record SlackMessageMetadata(string EventType, JsonObject EventPayload);
