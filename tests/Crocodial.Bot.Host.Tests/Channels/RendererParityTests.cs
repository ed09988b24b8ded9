using System.Text.Json.Nodes;
using Crocodial.Bot.Slack.BlockKit;
using Crocodial.Bot.Slack.Tests.BlockKit;
using Crocodial.Bot.Teams.AdaptiveCards;

namespace Crocodial.Bot.Host.Tests.Channels;

/// <summary>One view, two renderers: every string a view says appears both in the Teams card and in the Slack message.</summary>
public class RendererParityTests
{
    public static TheoryData<string> Names() => [.. SlackViewSamples.All().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryViewString_AppearsInTeamsAndInSlack(string name)
    {
        var view = SlackViewSamples.All().Single(s => s.Name == name).View;
        var slack = BlockKitRenderer.Render(view);
        var slackText = SlackPayloadText.All(slack.Text, slack.Blocks);
        var teamsText = string.Join("\n", CardStrings(AdaptiveCardRenderer.Render(view)));

        Assert.All(ViewStrings.Of(view), s =>
        {
            Assert.True(teamsText.Contains(s, StringComparison.Ordinal), $"Teams card lacks “{s}”");
            Assert.True(slackText.Contains(s, StringComparison.Ordinal), $"Slack message lacks “{s}”");
        });
    }

    private static IEnumerable<string> CardStrings(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => p.Key is not ("type" or "id" or "verb" or "style" or "color" or "weight" or "size")).SelectMany(p => CardStrings(p.Value)),
        JsonArray a => a.SelectMany(CardStrings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
