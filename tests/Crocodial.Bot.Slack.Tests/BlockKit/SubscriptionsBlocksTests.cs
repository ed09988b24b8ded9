using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Slack.BlockKit;
using static Crocodial.Bot.Slack.Tests.BlockKit.SlackViewSamples;

namespace Crocodial.Bot.Slack.Tests.BlockKit;

public class SubscriptionsBlocksTests
{
    [Fact]
    public void Listing_ItemButtons_RerunTheirCommands_WithIdsUniqueInTheMessage()
    {
        var message = BlockKitRenderer.Render(Sample("subscriptions-two"));

        Assert.Equal(["header", "section", "actions", "section", "actions", "divider", "context"], message.Blocks.Select(Type));
        var buttons = Buttons(message.Blocks);
        Assert.Equal(["subscription 7 send now", "unsubscribe 7", "subscription 9 send now", "unsubscribe 9"], buttons.Select(b => (string?)b["value"]));
        Assert.Equal(["Send now", "Unsubscribe", "Send now", "Unsubscribe"], buttons.Select(b => (string?)b["text"]!["text"]));
        Assert.All(buttons, b => Assert.True(SlackActionIds.IsRun((string)b["action_id"]!)));
        Assert.Equal(buttons.Count, buttons.Select(b => (string?)b["action_id"]).Distinct().Count());
    }

    [Fact]
    public void Listing_ItemSection_IsTheBoldHeadingAndItsLines_Escaped()
    {
        var message = BlockKitRenderer.Render(Sample("subscriptions-two"));

        Assert.Equal(
            "*#9 · Mondays at 09:00 (America/New_York)*\nYesterday's summary for TTY, A&amp;B &lt;x&gt;, with the last 7 days per day\n" +
            "Skips days without calls\nNext: Mon 8 Dec, 09:00\nNot posted yet",
            (string?)message.Blocks[3]!["text"]!["text"]);
        Assert.Equal(
            "Daily summaries in this channel: #7 · Weekdays at 07:30 (Europe/Madrid); #9 · Mondays at 09:00 (America/New_York)",
            message.Text);
    }

    [Fact]
    public void Confirmation_ViewButtonsAreNumberedAfterTheItemButtons()
    {
        var message = BlockKitRenderer.Render(Sample("subscribe-confirmation"));

        var buttons = Buttons(message.Blocks);
        Assert.Equal([SlackActionIds.Run(0), SlackActionIds.Run(1), SlackActionIds.Run(2)], buttons.Select(b => (string?)b["action_id"]));
        Assert.Equal("subscriptions", (string?)buttons[^1]["value"]);
        Assert.StartsWith("Subscribed: #7: This channel gets", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Which_WithoutNote_KeepsItemButtonsApartFromTheViewsButtons()
    {
        var message = BlockKitRenderer.Render(Sample("unsubscribe-which"));

        Assert.Equal(["header", "section", "section", "actions", "section", "actions", "divider", "actions"], message.Blocks.Select(Type));
        Assert.Equal("Which one should stop? This channel has 2 daily summaries; pick one, or stop them all.", message.Text);
    }

    [Fact]
    public void Unsubscribe_WithoutItems_IsHeaderAndIntroOnly()
    {
        var message = BlockKitRenderer.Render(Sample("unsubscribe-confirmation"));

        Assert.Equal(["header", "section"], message.Blocks.Select(Type));
    }

    [Fact]
    public void Listing_OfTwelve_KeepsEveryItemsButtons()
    {
        var message = BlockKitRenderer.Render(Many(12));

        Assert.Equal(2 + (12 * 2) + 3, message.Blocks.Count);
        Assert.Equal(25, Buttons(message.Blocks).Count);
        BlockKitLimitsTests.AssertWithinLimits(message);
    }

    [Fact]
    public void Listing_OfThirty_GivesButtonsWhileBlocksLast_AndTheRestTheirCommands()
    {
        var view = Many(30);

        var message = BlockKitRenderer.Render(view);

        // 50 blocks: header, intro, divider, note and final actions leave 45; 30 sections leave 15 for item buttons.
        Assert.Equal(BlockKitLimits.Blocks, message.Blocks.Count);
        Assert.Equal((15 * 2) + 1, Buttons(message.Blocks).Count);
        var sections = message.Blocks.Where(b => Type(b) == "section").Skip(1).Select(b => (string)b!["text"]!["text"]!).ToList();
        Assert.Equal(30, sections.Count);
        Assert.DoesNotContain("Try:", sections[14], StringComparison.Ordinal);
        Assert.EndsWith("Try: `subscription 36 send now` (Send now) · `unsubscribe 36` (Unsubscribe)", sections[15], StringComparison.Ordinal);
        BlockKitLimitsTests.AssertWithinLimits(message);
    }

    [Theory]
    [InlineData(46)]
    [InlineData(200)]
    public void Listing_TooLongForASectionEach_PacksItems_LosingNone(int count)
    {
        var view = Many(count);

        var message = BlockKitRenderer.Render(view);

        BlockKitLimitsTests.AssertWithinLimits(message);
        Assert.Equal(["unsubscribe all"], Buttons(message.Blocks).Select(b => (string?)b["value"]));
        var seen = SlackPayloadText.All(message.Text, message.Blocks);
        Assert.All(ViewStrings.Of(view), s => Assert.Contains(s, seen, StringComparison.Ordinal));
        Assert.All(view.Items, i => Assert.Contains($"`unsubscribe {i.Id}`", seen, StringComparison.Ordinal));
    }

    private static SubscriptionsView Sample(string name) => (SubscriptionsView)Subscriptions().Single(s => s.Name == name).View;

    private static List<JsonObject> Buttons(JsonArray blocks) =>
        [.. blocks.Where(b => Type(b) == "actions").SelectMany(b => b!["elements"]!.AsArray()).Select(e => e!.AsObject())];

    private static string? Type(JsonNode? block) => (string?)block?["type"];
}
