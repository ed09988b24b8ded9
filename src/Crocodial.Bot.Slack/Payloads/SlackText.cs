using System.Text.RegularExpressions;

namespace Crocodial.Bot.Slack.Payloads;

/// <summary>Slack's text conventions: <c>&lt;@U…&gt;</c> mentions and the three escaped characters.</summary>
public static partial class SlackText
{
    /// <summary>
    /// The user's words: our bot's mentions (<c>&lt;@UBOT&gt;</c> or <c>&lt;@UBOT|name&gt;</c>) removed, other
    /// mentions kept, whitespace collapsed.
    /// </summary>
    public static string StripMention(string text, string botUserId)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stripped = Mention().Replace(text, m => m.Groups["id"].Value == botUserId ? " " : m.Value);
        return string.Join(' ', stripped.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Slack escapes exactly <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> in message text; undo it (ampersand last).</summary>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
    }

    /// <summary>For text we send: exactly these three, ampersand first, since Slack uses &lt;…&gt; as control syntax.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<@(?<id>[UW][A-Z0-9]+)(?:\|[^>]*)?>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Mention();
}
