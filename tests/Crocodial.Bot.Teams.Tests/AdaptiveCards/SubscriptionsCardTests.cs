using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Teams.AdaptiveCards;

namespace Crocodial.Bot.Teams.Tests.AdaptiveCards;

public class SubscriptionsCardTests
{
    [Fact]
    public void Listing_ItemButtons_AreTheSameExecuteActionsAsEveryOtherButton()
    {
        var card = AdaptiveCardRenderer.Render(SubscriptionSamples.All()["subscriptions-two"]);
        var body = card["body"]!.AsArray();

        Assert.Equal(4, body.Count);
        Assert.Null(card["actions"]);
        foreach (var (container, item) in new[] { (body[1]!, SubscriptionSamples.Madrid), (body[2]!, SubscriptionSamples.NewYork) })
        {
            var items = container["items"]!.AsArray();
            Assert.Equal("Container", (string?)container["type"]);
            Assert.Equal(item.Heading, (string?)items[0]!["text"]);
            Assert.Equal(item.Lines, items.Skip(1).Take(item.Lines.Count).Select(t => (string?)t!["text"]));
            var actionSet = items[^1]!;
            Assert.Equal("ActionSet", (string?)actionSet["type"]);
            Assert.True(JsonNode.DeepEquals(new JsonArray([.. item.Actions.Select(CardActions.Run)]), actionSet["actions"]));
        }

        Assert.Equal(["subscription 7 send now", "unsubscribe 7", "subscription 9 send now", "unsubscribe 9"], Commands(card));
    }

    [Fact]
    public void Listing_OfTwelve_GivesButtonsWhileTheyFit_AndTheRestTheirCommands()
    {
        var view = SubscriptionSamples.Many(12);

        var card = AdaptiveCardRenderer.Render(view);

        // "Unsubscribe all" and the first two subscriptions' pairs: five; a third pair would make seven.
        Assert.Equal(["subscription 21 send now", "unsubscribe 21", "subscription 22 send now", "unsubscribe 22", "unsubscribe all"], Commands(card));
        var containers = card["body"]!.AsArray().Where(e => (string?)e!["type"] == "Container").ToList();
        Assert.Equal(12, containers.Count);
        foreach (var container in containers.Skip(2))
        {
            var last = container!["items"]!.AsArray()[^1]!;
            var id = ((string)container["items"]![0]!["text"]!)[1..3];
            Assert.Equal("TextBlock", (string?)last["type"]);
            Assert.Equal($"Try: “subscription {id} send now” (Send now) · “unsubscribe {id}” (Unsubscribe)", (string?)last["text"]);
        }

        Assert.DoesNotContain("ColumnSet", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(40)]
    public void Listing_OfAnyLength_KeepsEveryItemAndAtMostSixButtons(int count)
    {
        var view = SubscriptionSamples.Many(count);

        var card = AdaptiveCardRenderer.Render(view);

        Assert.InRange(Commands(card).Count, 1, CardActions.MaxButtonsPerCard);
        var body = card["body"]!.ToJsonString();
        Assert.All(view.Items, i => Assert.Contains($"unsubscribe {i.Id}", body, StringComparison.Ordinal));
    }

    [Fact]
    public void Unsubscribe_WithoutItems_IsTitleAndIntroOnly()
    {
        var card = AdaptiveCardRenderer.Render(SubscriptionSamples.All()["unsubscribe-confirmation"]);

        Assert.Equal(["Unsubscribed: #7", "Weekdays at 07:30 (Europe/Madrid) for AAA, BBB no longer posts here."],
            card["body"]!.AsArray().Select(b => (string?)b!["text"]));
        Assert.Null(card["actions"]);
        Assert.Equal("Unsubscribed: #7", AdaptiveCardRenderer.Summary(SubscriptionSamples.All()["unsubscribe-confirmation"]));
    }

    [Fact]
    public void Render_AsAChatView_PicksTheSubscriptionsCard()
    {
        IChatView view = SubscriptionSamples.All()["subscribe-confirmation"];

        Assert.True(JsonNode.DeepEquals(AdaptiveCardRenderer.Render((SubscriptionsView)view), AdaptiveCardRenderer.Render(view)));
    }

    /// <summary>The command of every button on the card, item action sets first, the card's own buttons last.</summary>
    internal static List<string> Commands(JsonNode card) => [.. Executes(card["body"]).Concat(Executes(card["actions"]))];

    private static IEnumerable<string> Executes(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "Action.Execute" => [(string)o["data"]!["command"]!],
        JsonObject o => o.Where(p => p.Key != "fallback").SelectMany(p => Executes(p.Value)),
        JsonArray a => a.SelectMany(Executes),
        _ => [],
    };
}
