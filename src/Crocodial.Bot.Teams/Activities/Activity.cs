using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crocodial.Bot.Teams.Activities;

/// <summary>
/// A Bot Framework activity: typed only for the fields we read or send; everything else survives a
/// round trip in <see cref="ExtensionData"/>, because Teams adds fields without notice (spec A2005).
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? LocalTimestamp { get; init; }
    public string? LocalTimezone { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Locale { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public TeamsChannelData? ChannelData { get; init; }

    /// <summary>Card submit data or invoke parameters: an object, or a string for some messageBack payloads.</summary>
    public JsonElement? Value { get; init; }

    public string? Name { get; init; }
    public string? ReplyToId { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary><c>add</c>, <c>remove</c>, <c>add-upgrade</c>, <c>remove-upgrade</c> on installationUpdate.</summary>
    public string? Action { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }

    /// <summary>The conversation's tenant: <c>conversation.tenantId</c> first, as personal chats may lack channelData.</summary>
    [JsonIgnore]
    public string? TenantId => Conversation?.TenantId ?? ChannelData?.Tenant?.Id;

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.Ordinal);

    public static Activity CreateMessage(string text, string textFormat = "markdown") =>
        new() { Type = ActivityTypes.Message, Text = text, TextFormat = textFormat };

    public static Activity CreateCard(Attachment card, string? summary = null) =>
        new() { Type = ActivityTypes.Message, Attachments = [card], Summary = summary };

    public static Activity CreateTyping() => new() { Type = ActivityTypes.Typing };
}
