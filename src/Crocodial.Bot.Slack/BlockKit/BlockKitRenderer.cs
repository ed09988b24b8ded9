using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Views;

namespace Crocodial.Bot.Slack.BlockKit;

/// <summary>
/// Renders views as Block Kit messages, mirroring the Teams <c>AdaptiveCardRenderer</c> part for part: it only
/// arranges the view's finished strings, leaves out empty parts, escapes everything that goes into mrkdwn and
/// stays within every limit of reference §6. Each <see cref="ViewAction"/> becomes a button whose value is
/// its command text.
/// </summary>
public static partial class BlockKitRenderer
{
    /// <param name="view">The answer.</param>
    /// <param name="shareCommand">When set (an ephemeral answer), a "Share in channel" button re-runs this command for the channel.</param>
    /// <param name="tableAsText">The per-day table as preformatted text: the layout to resend when Slack refuses a <c>table</c> block.</param>
    public static BlockKitMessage Render(IChatView view, string? shareCommand = null, bool tableAsText = false) => view switch
    {
        ReportView report => Render(report, shareCommand, tableAsText),
        HelpView help => Render(help),
        ErrorView error => Render(error),
        ExplainView explain => Render(explain),
        SubscriptionsView subscriptions => Render(subscriptions),
        null => throw new ArgumentNullException(nameof(view)),
        _ => throw new NotSupportedException($"No Block Kit layout for {view.GetType().Name}."),
    };

    public static BlockKitMessage Render(HelpView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var blocks = new JsonArray { Blocks.Header(view.Title), Blocks.Section(Blocks.Md(view.Intro)) };
        var actions = new List<ViewAction>();
        if (view.DidYouMean is { } suggestion)
        {
            blocks.Add(Blocks.Section($"*{Blocks.Md(suggestion.Label)}*"));
            actions.Add(suggestion);
        }

        if (view.Examples.Count > 0)
        {
            var lines = view.Examples.Select(e => $"• `{Blocks.Md(e.Command)}` — {Blocks.Md(e.Label)}");
            blocks.Add(Blocks.Section("*Examples*\n" + string.Join('\n', lines)));
            actions.AddRange(view.Examples);
        }

        AddActions(blocks, actions, null);
        return new(Fallback($"{view.Title}: {view.Intro}"), blocks);
    }

    public static BlockKitMessage Render(ErrorView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var blocks = new JsonArray { Blocks.Header(view.Title) };
        if (view.Understood is { } understood)
        {
            blocks.Add(Blocks.Section("*Understood:* " + Blocks.Md(understood)));
        }

        blocks.Add(Blocks.Section(Blocks.Md(view.Problem)));
        if (view.Example is { } example)
        {
            blocks.Add(Blocks.Context([$"Example that works: `{Blocks.Md(example)}`"]));
        }

        AddActions(blocks, view.Actions, null);
        return new(Fallback($"{view.Title}: {view.Problem}"), blocks);
    }

    public static BlockKitMessage Render(ExplainView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var blocks = new JsonArray { Blocks.Header(view.Title), Blocks.Section(Blocks.Md(view.Intro)) };
        var entries = view.Entries.Select(e => $"*{Blocks.Md(e.Label)}* = {Blocks.Md(e.Formula)}\n_{Blocks.Md(e.Meaning)}_");
        foreach (var text in Pack(entries, "\n\n", BlockKitLimits.SectionText))
        {
            blocks.Add(Blocks.Section(text));
        }

        if (view.ServiceLevelNote is { } serviceLevel)
        {
            blocks.Add(Blocks.Context([Blocks.Md(serviceLevel)]));
        }

        AddActions(blocks, view.Actions, null);
        return new(Fallback($"{view.Title}: {view.Intro}"), Trim(blocks));
    }

    /// <summary>
    /// Buttons for the actions (numbered in order from <paramref name="first"/>), then "Share in channel"; a value
    /// Slack would refuse is left out.
    /// </summary>
    private static void AddActions(JsonArray blocks, IReadOnlyList<ViewAction> actions, string? shareCommand, int first = 0)
    {
        var buttons = Buttons(actions, first);
        if (shareCommand is not null && Fits(shareCommand))
        {
            buttons.Add(Blocks.Button(SlackActionIds.ShareLabel, SlackActionIds.Share, shareCommand, primary: true));
        }

        // Share is the last button; keep it when there are more buttons than one block takes.
        if (buttons.Count > BlockKitLimits.ActionElements)
        {
            buttons.RemoveRange(BlockKitLimits.ActionElements - 1, buttons.Count - BlockKitLimits.ActionElements);
        }

        if (buttons.Count > 0)
        {
            blocks.Add(Blocks.Actions(buttons));
        }
    }

    /// <summary>A button per action whose command Slack accepts as a value, its id numbered by position from <paramref name="first"/>.</summary>
    private static List<JsonObject> Buttons(IReadOnlyList<ViewAction> actions, int first)
    {
        var buttons = new List<JsonObject>();
        for (var i = 0; i < actions.Count; i++)
        {
            if (Fits(actions[i].Command))
            {
                buttons.Add(Blocks.Button(actions[i].Label, SlackActionIds.Run(first + i), actions[i].Command));
            }
        }

        return buttons;
    }

    private static bool Fits(string command) => command.Length is > 0 and <= BlockKitLimits.ButtonValue;

    /// <summary>Joins items into as few texts as fit <paramref name="max"/>; an item too long alone is cut.</summary>
    private static IEnumerable<string> Pack(IEnumerable<string> items, string separator, int max)
    {
        var current = "";
        foreach (var item in items)
        {
            var next = current.Length == 0 ? item : current + separator + item;
            if (next.Length <= max)
            {
                current = next;
                continue;
            }

            if (current.Length > 0)
            {
                yield return current;
            }

            current = Blocks.CutEscaped(item, max);
        }

        if (current.Length > 0)
        {
            yield return current;
        }
    }

    /// <summary>The last resort for the block limit: keep the first blocks and the final actions block.</summary>
    private static JsonArray Trim(JsonArray blocks)
    {
        if (blocks.Count <= BlockKitLimits.Blocks)
        {
            return blocks;
        }

        var last = blocks[^1]!;
        var hasActions = last["type"]?.GetValue<string>() == "actions";
        var keep = BlockKitLimits.Blocks - (hasActions ? 2 : 1);
        var trimmed = new JsonArray();
        for (var i = 0; i < keep; i++)
        {
            trimmed.Add(blocks[i]!.DeepClone());
        }

        trimmed.Add(Blocks.Context(["Some of this answer was left out to fit in one Slack message."]));
        if (hasActions)
        {
            trimmed.Add(last.DeepClone());
        }

        return trimmed;
    }

    private static string Fallback(string text) => Blocks.CutEscaped(Blocks.Md(text), BlockKitLimits.FallbackText);
}
