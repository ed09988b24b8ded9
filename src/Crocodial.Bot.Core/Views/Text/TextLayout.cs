using System.Text;

namespace Crocodial.Bot.Core.Views.Text;

/// <summary>Monospace layout: aligned columns and word wrap within <see cref="Width"/>.</summary>
internal static class TextLayout
{
    public const int Width = 100;

    /// <summary>Rows of cells padded to each column's widest cell; right-aligned where asked.</summary>
    public static IEnumerable<string> Columns(IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<bool> rightAligned, string gap = "  ")
    {
        var count = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var widths = new int[count];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(gap);
                }

                var right = i < rightAligned.Count && rightAligned[i];
                line.Append(right ? row[i].PadLeft(widths[i]) : row[i].PadRight(widths[i]));
            }

            yield return line.ToString().TrimEnd();
        }
    }

    /// <summary>Words wrapped to the width; continuation lines carry <paramref name="indent"/>.</summary>
    public static IEnumerable<string> Wrap(string text, string firstPrefix = "", string indent = "")
    {
        var line = new StringBuilder(firstPrefix);
        var empty = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                yield return line.ToString();
                line.Clear().Append(indent);
                empty = true;
            }

            if (!empty)
            {
                line.Append(' ');
            }

            line.Append(word);
            empty = false;
        }

        yield return line.ToString();
    }
}
