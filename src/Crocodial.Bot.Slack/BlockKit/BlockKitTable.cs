using System.Text;
using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Views;

namespace Crocodial.Bot.Slack.BlockKit;

/// <summary>
/// The per-day table: a native <c>table</c> block exactly as reference §6.3 shows (header row, one row per day,
/// total row; first column left, numbers right), or, when Slack's table limits can't hold it, the same rows
/// as preformatted monospace text.
/// </summary>
internal static class BlockKitTable
{
    /// <summary>Slack refuses an empty cell; a dash stands for "nothing here".</summary>
    public const string EmptyCell = "–";

    public static List<JsonObject> Render(DayTable table, int room, bool asText = false)
    {
        if (room <= 0)
        {
            return [];
        }

        var rows = Rows(table);
        var fits = !asText
            && rows.Count <= BlockKitLimits.TableRows
            && table.Columns.Count <= BlockKitLimits.TableColumns
            && rows.Sum(r => r.Sum(c => c.Length)) <= BlockKitLimits.TableCellChars;
        return fits ? [TableBlock(table, rows)] : Preformatted.Sections(null, Lines(table, out var total), total, room);
    }

    /// <summary>A day without data shows its note in the first number column, dashes in the rest.</summary>
    private static List<string[]> Rows(DayTable table)
    {
        List<string[]> rows = [[.. table.Columns.Select(c => c.Header)]];
        foreach (var row in table.Rows)
        {
            rows.Add(row.Note is null
                ? [.. row.Cells]
                : [row.Label, row.Note, .. Enumerable.Repeat(EmptyCell, Math.Max(0, table.Columns.Count - 2))]);
        }

        rows.Add([.. table.Total.Cells]);
        return [.. rows.Select(r => r.Select(c => string.IsNullOrWhiteSpace(c) ? EmptyCell : c).ToArray())];
    }

    private static JsonObject TableBlock(DayTable table, List<string[]> rows) => new()
    {
        ["type"] = "table",
        ["column_settings"] = new JsonArray([.. table.Columns.Select(c => (JsonNode)new JsonObject { ["align"] = c.Numeric ? "right" : "left" })]),
        ["rows"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonArray([.. r.Select(c => (JsonNode)new JsonObject { ["type"] = "raw_text", ["text"] = c })]))]),
    };

    /// <summary>Aligned lines for the fallback; the rule and total row come back separately so they are never cut.</summary>
    private static List<string> Lines(DayTable table, out List<string> total)
    {
        List<IReadOnlyList<string>> cells = [table.Columns.Select(c => c.Header).ToList()];
        cells.AddRange(table.Rows.Select(r => r.Note is null ? r.Cells : (IReadOnlyList<string>)[r.Label]));
        cells.Add(table.Total.Cells);
        var widths = new int[table.Columns.Count];
        foreach (var row in cells)
        {
            for (var i = 0; i < Math.Min(row.Count, widths.Length); i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var aligned = cells.Select(row => Align(row, widths, table.Columns)).ToList();
        var rule = new string('-', aligned.Max(l => l.Length));
        var lines = new List<string> { aligned[0], rule };
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var note = table.Rows[i].Note;
            lines.Add(note is null ? aligned[i + 1] : $"{aligned[i + 1]}  {note}");
        }

        total = [rule, aligned[^1]];
        return lines;
    }

    private static string Align(IReadOnlyList<string> row, int[] widths, IReadOnlyList<TableColumn> columns)
    {
        var line = new StringBuilder();
        for (var i = 0; i < Math.Min(row.Count, widths.Length); i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(columns[i].Numeric ? row[i].PadLeft(widths[i]) : row[i].PadRight(widths[i]));
        }

        return line.ToString().TrimEnd();
    }
}
