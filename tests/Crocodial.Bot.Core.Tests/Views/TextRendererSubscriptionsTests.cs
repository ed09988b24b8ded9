using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Core.Views.Text;

namespace Crocodial.Bot.Core.Tests.Views;

public class TextRendererSubscriptionsTests
{
    [Fact]
    public void Listing_EachItem_HasItsLinesAndCommandsIndentedUnderItsHeading()
    {
        var lines = TextRenderer.Render(SubscriptionSamples.All()["subscriptions-two"]).Split('\n');

        var at = Array.IndexOf(lines, "#7 · Weekdays at 07:30 (Europe/Madrid)");
        Assert.Equal(
        [
            "  Yesterday's summary for AAA, BBB, with the same weekday a week earlier",
            "  Next: Mon 8 Dec, 07:30",
            "  Last posted Fri 5 Dec, 07:31",
            "  Try: subscription 7 send now   (Send now)",
            "  Try: unsubscribe 7             (Unsubscribe)",
            "",
        ], lines[(at + 1)..(at + 7)]);
    }

    [Fact]
    public void Confirmation_WithoutItemsNoteOrActions_IsTitleAndIntro()
    {
        var view = new SubscriptionsView("Unsubscribed: #7", "It no longer posts here.", [], "  ", []);

        Assert.Equal("Unsubscribed: #7\nIt no longer posts here.\n", TextRenderer.Render(view));
    }

    [Fact]
    public void Render_AsAChatView_PicksTheSubscriptionsLayout()
    {
        IChatView view = SubscriptionSamples.Many(2);

        Assert.Equal(TextRenderer.Render((SubscriptionsView)view), TextRenderer.Render(view));
    }
}
