using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Views;

namespace Crocodial.Bot.Slack.BlockKit;

public static partial class BlockKitRenderer
{
    /// <summary>
    /// Mirrors the Teams card: a header, the intro, a section per subscription (bold heading, one line each)
    /// followed by an actions block with its buttons, a divider, the note as context, and the view's buttons last.
    /// </summary>
    /// <remarks>
    /// The items share whatever the 50-block limit leaves after the head and the tail. Each gets its section
    /// first; the blocks left over go to the items' buttons, in order, and an item without room for its buttons
    /// names their commands instead. Past that (dozens of subscriptions), the items are packed several to a
    /// section, without buttons. Buttons are numbered across the whole message, so every action id is unique.
    /// </remarks>
    public static BlockKitMessage Render(SubscriptionsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var blocks = new JsonArray { Blocks.Header(view.Title) };
        if (!string.IsNullOrWhiteSpace(view.Intro))
        {
            blocks.Add(Blocks.Section(Blocks.Md(view.Intro)));
        }

        // A divider, as the Teams card's separator, keeps the last item's buttons apart from the view's own.
        var tail = new JsonArray();
        if (view.Items.Count > 0 && (!string.IsNullOrWhiteSpace(view.Note) || view.Actions.Count > 0))
        {
            tail.Add(Blocks.Divider());
        }

        if (!string.IsNullOrWhiteSpace(view.Note))
        {
            tail.Add(Blocks.Context([Blocks.Md(view.Note)]));
        }

        var itemButtons = view.Items.Sum(i => i.Actions.Count);
        AddActions(tail, view.Actions, null, first: itemButtons);

        var room = BlockKitLimits.Blocks - blocks.Count - tail.Count;
        var spare = room - view.Items.Count;
        var next = 0;
        if (spare >= 0)
        {
            foreach (var item in view.Items)
            {
                var buttons = spare > 0 ? Buttons(item.Actions, next) : [];
                spare -= buttons.Count > 0 ? 1 : 0;
                blocks.Add(Blocks.Section(ItemText(item, withButtons: buttons.Count > 0)));
                if (buttons.Count > 0)
                {
                    blocks.Add(Blocks.Actions(buttons));
                }

                next += item.Actions.Count;
            }
        }
        else
        {
            foreach (var text in Pack(view.Items.Select(i => ItemText(i, withButtons: false)), "\n\n", BlockKitLimits.SectionText))
            {
                blocks.Add(Blocks.Section(text));
            }
        }

        foreach (var block in tail)
        {
            blocks.Add(block!.DeepClone());
        }

        return new(SubscriptionsFallback(view), Trim(blocks));
    }

    /// <summary>"*#7 · Weekdays at 07:30 (Europe/Madrid)*", one line each below; the commands when there are no buttons.</summary>
    private static string ItemText(SubscriptionItem item, bool withButtons)
    {
        var lines = new List<string> { $"*{Blocks.Md(item.Heading)}*" };
        lines.AddRange(item.Lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(Blocks.Md));
        if (!withButtons && item.Actions.Count > 0)
        {
            lines.Add("Try: " + string.Join(" · ", item.Actions.Select(a => $"`{Blocks.Md(a.Command)}` ({Blocks.Md(a.Label)})")));
        }

        return string.Join('\n', lines);
    }

    /// <summary>The title and the intro; for a listing without an intro, the headings, so a notification says which posts.</summary>
    private static string SubscriptionsFallback(SubscriptionsView view)
    {
        var detail = !string.IsNullOrWhiteSpace(view.Intro) ? view.Intro : string.Join("; ", view.Items.Select(i => i.Heading));
        var joint = view.Title.EndsWith('?') || view.Title.EndsWith('!') || view.Title.EndsWith('.') ? " " : ": ";
        return Fallback(detail.Length > 0 ? view.Title + joint + detail : view.Title);
    }
}
