using System.Text;

namespace Crocodial.Bot.Core.Reports;

/// <summary>
/// A short, single-line, tag-free excerpt of a response body for operator messages: enough to recognise
/// an nginx page or a PHP notice, never a whole payload (bodies can echo request data).
/// </summary>
internal static class BodyExcerpt
{
    public const int MaxLength = 160;

    public static string Of(ReadOnlySpan<byte> body)
    {
        var head = body[..Math.Min(body.Length, 4096)];
        var text = Encoding.UTF8.GetString(head);
        if (LooksLikeHtml(head) && Title(text) is { Length: > 0 } title)
        {
            return Sanitise(title);
        }

        return Sanitise(text);
    }

    public static bool LooksLikeHtml(ReadOnlySpan<byte> text)
    {
        var head = text[..Math.Min(text.Length, 1024)];
        return Contains(head, "<html"u8) || Contains(head, "<!doctype"u8) || Contains(head, "<head"u8)
            || Contains(head, "<body"u8) || Contains(head, "<br"u8) || Contains(head, "<b>"u8)
            || Contains(head, "fatal error"u8);
    }

    /// <summary>Tags removed, whitespace and control characters collapsed, cut at <see cref="MaxLength"/>.</summary>
    public static string Sanitise(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength + 1));
        var inTag = false;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c == '<')
            {
                inTag = true;
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (inTag)
            {
                inTag = c != '>';
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            if (builder.Length > MaxLength)
            {
                builder.Length = MaxLength;
                return builder.Append('…').ToString();
            }
        }

        return builder.ToString();
    }

    private static string? Title(string html)
    {
        var start = html.IndexOf("<title>", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }

        start += "<title>".Length;
        var end = html.IndexOf("</title>", start, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? null : html[start..end];
    }

    private static bool Contains(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerAscii)
    {
        for (var i = 0; i + lowerAscii.Length <= text.Length; i++)
        {
            var match = true;
            for (var j = 0; j < lowerAscii.Length && match; j++)
            {
                var b = text[i + j];
                match = (b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b) == lowerAscii[j];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}
