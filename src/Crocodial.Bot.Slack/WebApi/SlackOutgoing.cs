using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Crocodial.Bot.Slack.Payloads;

namespace Crocodial.Bot.Slack.WebApi;

/// <summary>
/// <c>chat.postMessage</c>. <see cref="Text"/> is always sent: it is the notification and screen-reader
/// fallback when <see cref="Blocks"/> are present.
/// </summary>
public sealed record SlackOutgoingMessage(string Channel, string Text)
{
    public JsonArray? Blocks { get; init; }

    /// <summary>Answer a mention in its thread: the mention's <c>thread_ts</c>, else its <c>ts</c>.</summary>
    public string? ThreadTs { get; init; }

    /// <summary>Lets a scheduled post be found again with <c>conversations.history</c> (DECISIONS §8).</summary>
    public SlackMessageMetadata? Metadata { get; init; }
}

/// <summary><c>chat.postEphemeral</c>: seen only by <see cref="User"/>, who must be in the channel.</summary>
public sealed record SlackEphemeralMessage(string Channel, string User, string Text)
{
    public JsonArray? Blocks { get; init; }

    public string? ThreadTs { get; init; }
}

/// <summary><c>chat.update</c>. Text without blocks removes the old blocks; ephemeral messages cannot be updated.</summary>
public sealed record SlackMessageUpdate(string Channel, string Ts, string Text)
{
    public JsonArray? Blocks { get; init; }

    public SlackMessageMetadata? Metadata { get; init; }
}

public enum SlackResponseType
{
    [JsonStringEnumMemberName("ephemeral")]
    Ephemeral,

    /// <summary>Visible to the channel, together with the user's own command line.</summary>
    [JsonStringEnumMemberName("in_channel")]
    InChannel,
}

/// <summary>
/// A reply through a <c>response_url</c> (up to five within 30 minutes). Both flags are always sent: Slack's
/// default when neither is given differs by payload kind.
/// </summary>
public sealed record SlackResponseMessage(string Text)
{
    public JsonArray? Blocks { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<SlackResponseType>))]
    public SlackResponseType ResponseType { get; init; } = SlackResponseType.Ephemeral;

    /// <summary>Overwrite the message the URL belongs to (the "Fetching…" line).</summary>
    public bool ReplaceOriginal { get; init; }

    public bool DeleteOriginal { get; init; }

    public string? ThreadTs { get; init; }
}
