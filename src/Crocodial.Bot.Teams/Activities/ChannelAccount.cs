using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crocodial.Bot.Teams.Activities;

/// <summary>A user or bot: <c>29:…</c> users (per bot), <c>28:{appId}</c> bots.</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
