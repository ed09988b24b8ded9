namespace Crocodial.Bot.Core.Views.Text;

public static partial class TextRenderer
{
    private const int BarWidth = 40;

    public static string Render(ReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var lines = new List<string>
        {
            view.Title,
            $"{view.TenantsLine} · {view.DatesLine}",
            view.TimeZoneLine,
        };
        AddIfSet(lines, view.DefaultNote);
        AddIfSet(lines, view.ComparisonLabel);
        AddKpis(lines, view);
        if (view.Chart is { } chart)
        {
            AddChart(lines, chart);
        }

        if (view.Table is { } table)
        {
            AddTable(lines, table);
        }

        if (view.Notes.Count > 0)
        {
            lines.Add("");
            foreach (var note in view.Notes)
            {
                lines.AddRange(TextLayout.Wrap(note, "Note: ", "      "));
            }
        }

        AddActions(lines, view.Actions);
        return Join(lines);
    }

    private static void AddKpis(List<string> lines, ReportView view)
    {
        if (view.Kpis.Count == 0)
        {
            return;
        }

        lines.Add("");
        var comparing = view.Kpis.Any(k => k.Change is not null);
        var rows = new List<IReadOnlyList<string>>();
        if (comparing)
        {
            rows.Add(["", "Now", "Before", "Change"]);
        }

        foreach (var kpi in view.Kpis)
        {
            var label = (kpi.Highlighted ? "» " : "  ") + kpi.Label;
            rows.Add(comparing
                ? [label, kpi.Value, kpi.PreviousValue ?? "", kpi.Change?.Text ?? ""]
                : [label, kpi.Value, kpi.Detail ?? ""]);
        }

        lines.AddRange(TextLayout.Columns(rows, comparing ? [false, true, true, false] : [false, true, false], "   "));
    }

    private static void AddTable(List<string> lines, DayTable table)
    {
        lines.Add("");
        var aligned = table.Columns.Select(c => c.Numeric).ToList();
        var rows = new List<IReadOnlyList<string>> { table.Columns.Select(c => c.Header).ToList() };
        foreach (var row in table.Rows)
        {
            rows.Add(row.Note is null ? row.Cells : [row.Label]);
        }

        rows.Add(table.Total.Cells);
        var rendered = TextLayout.Columns(rows, aligned).ToList();
        var rule = new string('-', rendered.Max(r => r.Length));
        lines.Add(rendered[0]);
        lines.Add(rule);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            lines.Add(row.Note is null ? rendered[i + 1] : $"{rendered[i + 1]}  {row.Note}");
        }

        lines.Add(rule);
        lines.Add(rendered[^1]);
    }

    private static void AddChart(List<string> lines, ChartSeries chart)
    {
        lines.Add("");
        lines.Add("Calls per day");
        var max = chart.Calls.Max(c => c ?? 0);
        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < chart.Dates.Count; i++)
        {
            var bar = chart.Calls[i] is { } calls && max > 0
                ? new string('█', (int)Math.Max(calls > 0 ? 1 : 0, Math.Round((double)calls * BarWidth / max)))
                : "";
            rows.Add([chart.DateLabels[i], bar.Length > 0 ? $"{bar} {chart.CallsLabels[i]}" : chart.CallsLabels[i]]);
        }

        lines.AddRange(TextLayout.Columns(rows, [false, false]));
    }

    private static void AddIfSet(List<string> lines, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            lines.AddRange(TextLayout.Wrap(text));
        }
    }
}
