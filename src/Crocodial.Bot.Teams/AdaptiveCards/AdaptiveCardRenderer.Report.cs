using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Core.Views.Text;
using static Crocodial.Bot.Teams.AdaptiveCards.CardElements;

namespace Crocodial.Bot.Teams.AdaptiveCards;

public static partial class AdaptiveCardRenderer
{
    private const int BarWidth = 16;

    public static JsonObject Render(ReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<JsonObject?>
        {
            Heading(view.Title),
            Text($"{view.TenantsLine} · {view.DatesLine}", weight: "Bolder", spacing: "Small"),
            Text(view.TimeZoneLine, size: "Small", subtle: true, spacing: "None"),
            view.DefaultNote is { } defaultNote ? Text(defaultNote, size: "Small", subtle: true, spacing: "None") : null,
            view.ComparisonLabel is { } comparison ? Text(comparison, subtle: true, spacing: "Small") : null,
            Kpis(view.Kpis),
            view.Chart is { } chart ? Chart(chart) : null,
        };
        if (view.Table is { } table)
        {
            body.AddRange(Tables(table));
        }

        if (view.Notes.Count > 0)
        {
            body.Add(Container(view.Notes.Select(n => Text(n, size: "Small", subtle: true, spacing: "Small")), separator: true));
        }

        return Card(TextRenderer.Render(view), body, CardActions.All(view.Actions));
    }

    /// <summary>
    /// One two-column row per KPI, narrow enough for a phone: label (and detail) left, value (and change) right.
    /// The asked-for metric is emphasised; a change is coloured by whether it is good news, as the view decided.
    /// </summary>
    private static JsonObject? Kpis(IReadOnlyList<KpiLine> kpis)
    {
        if (kpis.Count == 0)
        {
            return null;
        }

        return Container(kpis.Select(k =>
        {
            var weight = k.Highlighted ? "Bolder" : null;
            var color = k.Highlighted ? "Accent" : null;
            var left = new List<JsonObject?>
            {
                Text(k.Label, weight: weight, color: color),
                k.Detail is { } detail ? Text(detail, size: "Small", subtle: true, spacing: "None") : null,
            };
            var right = new List<JsonObject?>
            {
                Text(k.Value, weight: weight ?? "Bolder", color: color, alignment: "Right"),
                k.Change is { } change ? Text(change.Text, size: "Small", color: ChangeColor(change.Sentiment), alignment: "Right", spacing: "None") : null,
                k.PreviousValue is { } before ? Text("before " + before, size: "Small", subtle: true, alignment: "Right", spacing: "None") : null,
            };
            return ColumnSet([Column("stretch", left), Column("auto", right)], spacing: "Small");
        }), separator: true);
    }

    private static string ChangeColor(ChangeSentiment sentiment) => sentiment switch
    {
        ChangeSentiment.Good => "Good",
        ChangeSentiment.Bad => "Attention",
        _ => "Default",
    };

    /// <summary>
    /// Teams' chart elements render only on desktop and web (not iOS), so the series is a text bar list
    /// built from ColumnSets, which every client renders.
    /// </summary>
    private static JsonObject Chart(ChartSeries chart)
    {
        var max = chart.Calls.Max(c => c ?? 0);
        var rows = new List<JsonObject?> { Text("Calls per day", weight: "Bolder") };
        for (var i = 0; i < chart.Dates.Count; i++)
        {
            var bar = chart.Calls[i] is { } calls && max > 0
                ? new string('█', (int)Math.Max(calls > 0 ? 1 : 0, Math.Round((double)calls * BarWidth / max)))
                : "";
            rows.Add(ColumnSet(
            [
                Column(2, [Text(chart.DateLabels[i], size: "Small")]),
                Column(3, [bar.Length > 0 ? Text(bar, size: "Small", color: "Accent") : null]),
                Column("auto", [Text(chart.CallsLabels[i], size: "Small", alignment: "Right", subtle: bar.Length == 0)]),
            ], spacing: "None"));
        }

        return Container(rows, separator: true);
    }

    /// <summary>
    /// The per-day table keeps the essential columns, which fit a phone; the other columns' totals follow as
    /// facts, and the full table is one click away.
    /// </summary>
    private static IEnumerable<JsonObject> Tables(DayTable table)
    {
        var essential = Enumerable.Range(0, table.Columns.Count).Where(i => i == 0 || table.Columns[i].Essential).ToList();
        yield return DayTable(table, essential);

        var others = Enumerable.Range(0, table.Columns.Count).Except(essential).ToList();
        if (others.Count == 0)
        {
            yield break;
        }

        yield return FactSet(others.Select(i => ($"Total {table.Columns[i].Header.ToLowerInvariant()}", table.Total.Cells[i])));
        yield return ActionSet([ShowCard("All columns", [DayTable(table, [.. Enumerable.Range(0, table.Columns.Count)])])]);
    }

    private static JsonObject DayTable(DayTable table, IReadOnlyList<int> columns)
    {
        var rows = new List<JsonObject>
        {
            Row(columns.Select(i => Cell(Text(table.Columns[i].Header, weight: "Bolder", size: "Small")))),
        };
        foreach (var row in table.Rows)
        {
            rows.Add(row.Note is { } note
                ? Row(columns.Select((c, at) => Cell(at switch
                {
                    0 => Text(row.Label, size: "Small"),
                    1 => Text(note, size: "Small", subtle: true),
                    _ => null,
                })))
                : Row(columns.Select(i => Cell(Text(row.Cells[i], size: "Small")))));
        }

        rows.Add(Row(columns.Select(i => Cell(Text(table.Total.Cells[i], size: "Small", weight: "Bolder"))), style: "emphasis"));
        return CardElements.Table(columns.Select(i => (i == 0 ? 2 : 1, table.Columns[i].Numeric)), rows);
    }
}
