using System.Text.Json.Nodes;
using Crocodial.Bot.Slack.Payloads;

namespace Crocodial.Bot.Slack.BlockKit;

/// <summary>
/// Block Kit JSON, one helper per block kind, each cutting its text to the block's limit. Mrkdwn helpers take
/// text that is already escaped (<see cref="Md"/>); plain_text and raw_text are shown literally by Slack.
/// </summary>
internal static class Blocks
{
    /// <summary>Data or user text made safe for mrkdwn: only <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> change.</summary>
    public static string Md(string text) => SlackText.Escape(text);

    public static JsonObject Header(string text) => new()
    {
        ["type"] = "header",
        ["text"] = Plain(Cut(text, BlockKitLimits.HeaderText)),
    };

    public static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = Mrkdwn(CutEscaped(mrkdwn, BlockKitLimits.SectionText)),
    };

    public static JsonObject Fields(IEnumerable<string> mrkdwnFields) => new()
    {
        ["type"] = "section",
        ["fields"] = new JsonArray([.. mrkdwnFields.Take(BlockKitLimits.Fields).Select(f => (JsonNode)Mrkdwn(CutEscaped(f, BlockKitLimits.FieldText)))]),
    };

    public static JsonObject Context(IEnumerable<string> mrkdwnElements) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray([.. mrkdwnElements.Take(BlockKitLimits.ContextElements).Select(e => (JsonNode)Mrkdwn(CutEscaped(e, BlockKitLimits.ContextText)))]),
    };

    public static JsonObject Divider() => new() { ["type"] = "divider" };

    public static JsonObject Actions(IEnumerable<JsonObject> buttons) => new()
    {
        ["type"] = "actions",
        ["elements"] = new JsonArray([.. buttons.Take(BlockKitLimits.ActionElements)]),
    };

    /// <param name="confirm">For a button that stops something: the question Slack asks in a dialog before the click counts.</param>
    public static JsonObject Button(string label, string actionId, string value, bool primary = false, string? confirm = null)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = Plain(Cut(label, BlockKitLimits.ButtonText)),
            ["action_id"] = actionId,
            ["value"] = value,
        };
        if (primary)
        {
            button["style"] = "primary";
        }

        if (confirm is not null)
        {
            button["style"] = "danger";
            button["confirm"] = new JsonObject
            {
                ["title"] = Plain("Are you sure?"),
                ["text"] = Plain(Cut(confirm, BlockKitLimits.ConfirmText)),
                ["confirm"] = Plain(Cut(label, BlockKitLimits.ConfirmButton)),
                ["deny"] = Plain("Cancel"),
                ["style"] = "danger",
            };
        }

        return button;
    }

    public static JsonObject Plain(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true };

    public static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    /// <summary>At most <paramref name="max"/> characters, an ellipsis marking the cut; never empty (Slack refuses empty text).</summary>
    public static string Cut(string text, int max)
    {
        var value = string.IsNullOrWhiteSpace(text) ? "–" : text;
        return value.Length <= max ? value : value[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>Like <see cref="Cut"/>, but never splits an escape such as <c>&amp;amp;</c> or a code fence.</summary>
    public static string CutEscaped(string mrkdwn, int max)
    {
        if (string.IsNullOrWhiteSpace(mrkdwn))
        {
            return "–";
        }

        if (mrkdwn.Length <= max)
        {
            return mrkdwn;
        }

        var end = max - 1;
        var amp = mrkdwn.LastIndexOf('&', end - 1, Math.Min(end, 5));
        if (amp >= 0 && mrkdwn.IndexOf(';', amp) is var semi && (semi < 0 || semi >= end))
        {
            end = amp;
        }

        return mrkdwn[..end].TrimEnd() + "…";
    }
}
