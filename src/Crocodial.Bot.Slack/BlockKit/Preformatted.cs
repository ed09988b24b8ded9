using System.Text;
using System.Text.Json.Nodes;

namespace Crocodial.Bot.Slack.BlockKit;

/// <summary>
/// Monospace text in <c>```</c> sections of at most 3,000 characters each, over no more than a given number
/// of blocks. What does not fit is counted in a closing line; <c>tail</c> lines (a total row) are always kept.
/// </summary>
internal static class Preformatted
{
    private const string Fence = "```";
    private const int OverflowRoom = 100;

    public static List<JsonObject> Sections(string? title, IReadOnlyList<string> lines, IReadOnlyList<string> tail, int room)
    {
        var blocks = new List<JsonObject>();
        if (room <= 0)
        {
            return blocks;
        }

        var escapedTail = tail.Select(Line).ToList();
        var tailLength = escapedTail.Sum(l => l.Length + 1);
        var i = 0;
        do
        {
            var last = blocks.Count == room - 1;
            var text = new StringBuilder();
            if (blocks.Count == 0 && title is not null)
            {
                text.Append(title).Append('\n');
            }

            text.Append(Fence).Append('\n');
            var reserve = Fence.Length + tailLength + (last ? OverflowRoom : 0);
            var start = i;
            while (i < lines.Count)
            {
                var line = Line(lines[i]);
                if (text.Length + line.Length + 1 + reserve > BlockKitLimits.SectionText && i > start)
                {
                    break;
                }

                text.Append(line).Append('\n');
                i++;
            }

            if (last && i < lines.Count)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"… {lines.Count - i} more lines not shown: ask for a shorter period.\n");
                i = lines.Count;
            }

            if (i >= lines.Count)
            {
                foreach (var line in escapedTail)
                {
                    text.Append(line).Append('\n');
                }
            }

            text.Append(Fence);
            blocks.Add(Blocks.Section(text.ToString()));
        }
        while (i < lines.Count);

        return blocks;
    }

    /// <summary>One escaped line, short enough that a section always holds it with its fences.</summary>
    private static string Line(string line) => Blocks.CutEscaped(Blocks.Md(line), 1000);
}
