using System.Text.Json.Nodes;
using Crocodial.Bot.Slack.Payloads;

namespace Crocodial.Bot.Slack.Tests.BlockKit;

/// <summary>What a reader of a payload sees: every string value, mrkdwn unescaped.</summary>
internal static class SlackPayloadText
{
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => p.Key is not ("type" or "action_id" or "align" or "style" or "value")).SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [SlackText.Unescape(s)],
        _ => [],
    };

    public static string All(string text, JsonArray blocks) => SlackText.Unescape(text) + "\n" + string.Join("\n", Strings(blocks));
}
