using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Views;

namespace Crocodial.Bot.Slack.BlockKit;

public static partial class BlockKitRenderer
{
    private const int BarWidth = 20;
    private const int MaxNoteBlocks = 2;
    private const int FallbackKpis = 6;

    public static BlockKitMessage Render(ReportView view, string? shareCommand = null, bool tableAsText = false)
    {
        ArgumentNullException.ThrowIfNull(view);
        var head = new JsonArray
        {
            Blocks.Header(view.Title),
            Blocks.Context([$"{Blocks.Md(view.TenantsLine)} · {Blocks.Md(view.DatesLine)} · {Blocks.Md(view.TimeZoneLine)}"]),
        };
        var lead = new List<string>();
        if (view.DefaultNote is { } defaultNote)
        {
            lead.Add($"_{Blocks.Md(defaultNote)}_");
        }

        if (view.ComparisonLabel is { } comparison)
        {
            lead.Add(Blocks.Md(comparison));
        }

        if (lead.Count > 0)
        {
            head.Add(Blocks.Context(lead));
        }

        foreach (var fields in view.Kpis.Select(KpiField).Chunk(BlockKitLimits.Fields))
        {
            head.Add(Blocks.Fields(fields));
        }

        var tail = new JsonArray();
        AddNotes(tail, view.Notes);
        AddActions(tail, view.Actions, shareCommand);

        // The per-day data gets whatever room the limit leaves; it is the only part that grows with the range.
        var room = BlockKitLimits.Blocks - head.Count - tail.Count;
        var data = view switch
        {
            { Table: { } table } => BlockKitTable.Render(table, room, tableAsText),
            { Chart: { } chart } => ChartBlocks(chart, room),
            _ => [],
        };

        var blocks = new JsonArray();
        foreach (var block in head.Concat(data).Concat(tail))
        {
            blocks.Add(block!.DeepClone());
        }

        return new(ReportFallback(view), blocks);
    }

    /// <summary>"Abandon rate\n14.5 % (130 of 897)", then "before 13.3 % · ▲ 1.2 pp" when comparing; bold when asked for.</summary>
    private static string KpiField(KpiLine kpi)
    {
        var label = Blocks.Md(kpi.Label);
        var value = Blocks.Md(kpi.Value);
        var text = kpi.Highlighted ? $"*{label}*\n*{value}*" : $"{label}\n{value}";
        if (kpi.Detail is { } detail)
        {
            text += $" ({Blocks.Md(detail)})";
        }

        if (kpi.PreviousValue is not null || kpi.Change is not null)
        {
            var parts = new List<string>();
            if (kpi.PreviousValue is { } before)
            {
                parts.Add("before " + Blocks.Md(before));
            }

            if (kpi.Change is { } change)
            {
                parts.Add(Blocks.Md(change.Text));
            }

            text += "\n" + string.Join(" · ", parts);
        }

        return text;
    }

    private static void AddNotes(JsonArray blocks, IReadOnlyList<string> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        var max = MaxNoteBlocks * BlockKitLimits.ContextElements;
        var shown = notes.Count <= max ? notes.Select(Blocks.Md).ToList()
            : [.. notes.Take(max - 1).Select(Blocks.Md), $"…and {notes.Count - (max - 1)} more notes."];
        foreach (var chunk in shown.Chunk(BlockKitLimits.ContextElements))
        {
            blocks.Add(Blocks.Context(chunk));
        }
    }

    /// <summary>A compact text bar list: Slack's native charts take at most 20 points, a range may have hundreds.</summary>
    private static List<JsonObject> ChartBlocks(ChartSeries chart, int room)
    {
        var max = chart.Calls.Max(c => c ?? 0);
        var width = chart.DateLabels.Count == 0 ? 0 : chart.DateLabels.Max(l => l.Length);
        var lines = new List<string>(chart.Dates.Count);
        for (var i = 0; i < chart.Dates.Count; i++)
        {
            var bar = chart.Calls[i] is { } calls && max > 0
                ? new string('█', (int)Math.Max(calls > 0 ? 1 : 0, Math.Round((double)calls * BarWidth / max)))
                : "";
            lines.Add($"{chart.DateLabels[i].PadRight(width)}  {(bar.Length > 0 ? bar + " " : "")}{chart.CallsLabels[i]}");
        }

        return Preformatted.Sections("*Calls per day*", lines, [], room);
    }

    private static string ReportFallback(ReportView view)
    {
        var kpis = view.Kpis
            .Where(k => k.Essential)
            .OrderByDescending(k => k.Highlighted)
            .Take(FallbackKpis)
            .Select(k => $"{k.Label} {k.Value}");
        return Fallback($"{view.Title}: {view.TenantsLine} · {view.DatesLine}. {string.Join(", ", kpis)}".TrimEnd(' ', '.'));
    }
}
