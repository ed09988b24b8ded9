using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Core.Views.Text;
using static Crocodial.Bot.Teams.AdaptiveCards.CardElements;

namespace Crocodial.Bot.Teams.AdaptiveCards;

public static partial class AdaptiveCardRenderer
{
    /// <summary>
    /// The title and intro, one container per subscription (heading, lines, its buttons), the note, and the
    /// view's buttons at the bottom. Everything stacks vertically, so a phone shows it without side-scrolling.
    /// </summary>
    /// <remarks>
    /// Buttons are counted over the whole card, not per action set (<see cref="CardActions.MaxButtonsPerCard"/>):
    /// the view's own buttons come first, then the subscriptions in order get theirs while they fit, an item's
    /// buttons all or none. Once one item goes without, so do the rest, and each of them shows the commands its
    /// buttons would have sent instead, so a long listing stays a short card and every action is still one typed
    /// command away.
    /// </remarks>
    public static JsonObject Render(SubscriptionsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<JsonObject?>
        {
            Heading(view.Title),
            view.Intro is { } intro && !string.IsNullOrWhiteSpace(intro) ? Text(intro) : null,
        };
        var room = CardActions.MaxButtonsPerCard - Math.Min(view.Actions.Count, CardActions.MaxActions);
        foreach (var item in view.Items)
        {
            var buttons = Math.Min(item.Actions.Count, CardActions.MaxActions);
            var withButtons = buttons <= room;
            room = withButtons ? room - buttons : 0;
            body.Add(Subscription(item, withButtons));
        }

        if (view.Note is { } note && !string.IsNullOrWhiteSpace(note))
        {
            body.Add(Text(note, subtle: true, separator: true));
        }

        return Card(TextRenderer.Render(view), body, CardActions.All(view.Actions));
    }

    private static JsonObject Subscription(SubscriptionItem item, bool withButtons)
    {
        var items = new List<JsonObject?> { Text(item.Heading, weight: "Bolder") };
        items.AddRange(item.Lines.Select(line => Text(line, spacing: "None")));
        if (item.Actions.Count > 0)
        {
            items.Add(withButtons
                ? ActionSet(CardActions.All(item.Actions))
                : Text("Try: " + string.Join(" · ", item.Actions.Select(a => $"“{a.Command}” ({a.Label})")), size: "Small", subtle: true, spacing: "Small"));
        }

        return Container(items, spacing: "Medium", separator: true);
    }
}
