using System.Globalization;
using System.Text;

namespace Crocodial.Bot.Host.Simulator;

/// <summary>
/// The goAPI dispatcher's three output forms, quirks included (report-api.md §2.3–2.4): PHP's
/// <c>json_encode</c> (compact, <c>/</c> escaped, non-ASCII as <c>\uXXXX</c>), the malformed XML of
/// <c>apiXMLOutput</c>, and the plain-text error for an unknown <c>responsetype</c>.
/// Values are PHP arrays modelled as <see cref="PhpMap"/> (ordered map), lists, strings and null.
/// </summary>
internal static class PhpOutput
{
    public static readonly byte[] ResponseTypeError =
        "result=error;message=This API function only accepts XML or JSON value on responsetype;"u8.ToArray();

    public static byte[] Json(object? value)
    {
        var builder = new StringBuilder(256);
        WriteJson(builder, value);
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    public static byte[] Xml(string action, PhpMap results)
    {
        // The prologue is a single-quoted PHP string upstream, so "\n" stays a literal backslash-n.
        var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\\n<goautodialapi version=\"4.0\">(\\n<action>\"")
            .Append(action).Append(" \"</action>\\n\" )");
        foreach (var (key, value) in results)
        {
            WriteXml(builder, key, value);
        }

        return Encoding.UTF8.GetBytes(builder.Append("</goautodialapi>\n").ToString());
    }

    private static void WriteJson(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                WriteJsonString(builder, text);
                break;
            case PhpMap map:
                builder.Append('{');
                for (var i = 0; i < map.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ",");
                    WriteJsonString(builder, map[i].Key);
                    builder.Append(':');
                    WriteJson(builder, map[i].Value);
                }

                builder.Append('}');
                break;
            case IReadOnlyList<object?> list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ",");
                    WriteJson(builder, list[i]);
                }

                builder.Append(']');
                break;
            default:
                throw new ArgumentException($"No PHP form for {value.GetType()}.", nameof(value));
        }
    }

    private static void WriteJsonString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '/': builder.Append("\\/"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case < ' ' or > '~':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }

    private static void WriteXml(StringBuilder builder, string key, object? value)
    {
        switch (value)
        {
            case PhpMap map:
                builder.Append('<').Append(key).Append('>');
                foreach (var (childKey, child) in map)
                {
                    WriteXml(builder, childKey, child);
                }

                builder.Append("</").Append(key).Append(">\n");
                break;
            case IReadOnlyList<object?> list when list.Count > 0 && list[0] is PhpMap:
                // A list of rows becomes repeated elements named after the parent key.
                foreach (var item in list)
                {
                    WriteXml(builder, key, item);
                }

                break;
            case IReadOnlyList<object?> list:
                // A list of scalars becomes <0>, <1>, …: invalid XML, as upstream writes it.
                builder.Append('<').Append(key).Append('>');
                for (var i = 0; i < list.Count; i++)
                {
                    builder.Append('<').Append(i).Append('>').Append(XmlText(list[i] as string)).Append("</").Append(i).Append('>');
                }

                builder.Append("</").Append(key).Append(">\n");
                break;
            default:
                builder.Append('<').Append(key).Append('>').Append(XmlText(value as string)).Append("</").Append(key).Append(">\n");
                break;
        }
    }

    private static string XmlText(string? text) =>
        text is null ? "" : text.AsSpan().IndexOfAny("<>&\"'") >= 0 ? $"<![CDATA[{text}]]>" : text;
}

/// <summary>A PHP associative array: an ordered map from keys to values.</summary>
internal sealed class PhpMap : List<KeyValuePair<string, object?>>
{
    public PhpMap()
    {
    }

    public PhpMap(IEnumerable<KeyValuePair<string, object?>> entries)
        : base(entries)
    {
    }

    public void Add(string key, object? value) => Add(new KeyValuePair<string, object?>(key, value));
}
