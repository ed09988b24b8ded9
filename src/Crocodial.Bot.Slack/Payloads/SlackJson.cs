using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Crocodial.Bot.Slack.Payloads;

internal static class SlackJson
{
    /// <summary>Inbound payloads are user input: a malformed one is null, never an exception.</summary>
    public static T? TryDeserialize<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static T? TryDeserialize<T>(string json, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
