using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Slack.BlockKit;
using Crocodial.Bot.Slack.Tests.BlockKit;
using Crocodial.Bot.Teams.AdaptiveCards;

namespace Crocodial.Bot.Host.Tests.Channels;

/// <summary>One view, two renderers: every string a view says appears both in the Teams card and in the Slack message.</summary>
public class RendererParityTests
{
    public static TheoryData<string> Names() => [.. SlackViewSamples.All().Select(s => s.Name)];

    public static TheoryData<string> SubscriptionNames() => [.. SlackViewSamples.Subscriptions().Select(s => s.Name)];

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

    /// <summary>
    /// Stricter for the subscriptions views: the card's <c>fallbackText</c> (the whole text rendering) and Slack's
    /// notification <c>text</c> do not count, so each string must be shown where people look.
    /// </summary>
    [Theory]
    [MemberData(nameof(SubscriptionNames))]
    public void SubscriptionsView_EveryString_IsShownInTheCardAndInTheBlocks(string name) =>
        AssertShownInBoth((SubscriptionsView)SlackViewSamples.Subscriptions().Single(s => s.Name == name).View);

    /// <summary>Past the buttons either channel has room for, every item still shows, with its commands to type.</summary>
    [Theory]
    [InlineData(12)]
    [InlineData(30)]
    [InlineData(60)]
    public void LongSubscriptionListing_EveryStringAndCommand_IsShownInBoth(int count) =>
        AssertShownInBoth(SlackViewSamples.Many(count));

    private static void AssertShownInBoth(SubscriptionsView view)
    {
        var card = AdaptiveCardRenderer.Render(view);
        card.Remove("fallbackText");
        var teams = CardStrings(card).ToList();
        var slack = SlackPayloadText.Strings(BlockKitRenderer.Render(view).Blocks).ToList();
        var slackValues = Values(BlockKitRenderer.Render(view).Blocks).ToList();

        Assert.All(ViewStrings.Of(view), s =>
        {
            Assert.True(teams.Any(t => t.Contains(s, StringComparison.Ordinal)), $"Teams card body lacks “{s}”");
            Assert.True(slack.Any(t => t.Contains(s, StringComparison.Ordinal)), $"Slack blocks lack “{s}”");
        });
        Assert.All(view.Items.SelectMany(i => i.Actions).Concat(view.Actions).Select(a => a.Command), command =>
        {
            Assert.True(teams.Any(t => t.Contains(command, StringComparison.Ordinal)), $"Teams card neither runs nor names “{command}”");
            Assert.True(slackValues.Contains(command) || slack.Any(t => t.Contains($"`{command}`", StringComparison.Ordinal)),
                $"Slack message neither runs nor names “{command}”");
        });
    }

    private static IEnumerable<string> CardStrings(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => p.Key is not ("type" or "id" or "verb" or "style" or "color" or "weight" or "size")).SelectMany(p => CardStrings(p.Value)),
        JsonArray a => a.SelectMany(CardStrings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    /// <summary>The commands Slack's buttons send.</summary>
    private static IEnumerable<string> Values(JsonArray blocks) =>
        blocks.Where(b => (string?)b!["type"] == "actions").SelectMany(b => b!["elements"]!.AsArray()).Select(e => (string)e!["value"]!);
}
