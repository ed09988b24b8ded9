using System.Text.Json.Nodes;

namespace Crocodial.Bot.Host.Tests.Delivery.Support;

internal static class Json
{
    /// <summary>Every string value in a payload (cards and blocks nest their text at various depths).</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    public static bool Mentions(JsonNode? node, string text) => Strings(node).Any(s => s.Contains(text, StringComparison.Ordinal));
}
