using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Crocodial.Bot.Teams.Activities;

/// <summary>A card or file. Inbound Teams messages also carry a <c>text/html</c> copy of the text here.</summary>
public sealed record Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; init; }
    public JsonNode? Content { get; init; }
    public string? ContentUrl { get; init; }
    public string? Name { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }

    public static Attachment AdaptiveCard(JsonNode card) =>
        new() { ContentType = AdaptiveCardContentType, Content = card };
}
