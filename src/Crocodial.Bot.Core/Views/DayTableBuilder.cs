using Crocodial.Bot.Core.Formatting;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Views;

/// <summary>Per-day rows and chart series; every day of the range appears, days without data marked, never invented.</summary>
internal sealed class DayTableBuilder(DisplayFormat format)
{
    public const string NoCalls = "no calls recorded";

    private static readonly TableColumn[] Columns =
    [
        new("Day", Essential: true, Numeric: false),
        new("Calls", Essential: true, Numeric: true),
        new("Queued", Essential: false, Numeric: true),
        new("Handled", Essential: true, Numeric: true),
        new("Abandoned", Essential: false, Numeric: true),
        new("Abandon rate", Essential: true, Numeric: true),
        new("Avg wait", Essential: true, Numeric: true),
        new("AHT", Essential: false, Numeric: true),
    ];

    public DayTable Table(ReportData data)
    {
        var range = data.Query.Range;
        var byDay = ByDay(data);
        var rows = new List<TableRow>(range.Days);
        foreach (var day in range.EachDay())
        {
            var label = format.Day(day);
            rows.Add(byDay.TryGetValue(day, out var stats)
                ? new TableRow(day, Cells(label, KpiSummary.Of(stats)), null)
                : new TableRow(day, [label, .. Enumerable.Repeat("", Columns.Length - 1)], NoCalls));
        }

        return new DayTable(Columns, rows, new TableRow(null, Cells("Total", KpiSummary.From(data)), null));
    }

    public ChartSeries Chart(ReportData data)
    {
        var range = data.Query.Range;
        var byDay = ByDay(data);
        var days = range.EachDay().ToList();
        DailyStats? At(DateOnly d) => byDay.GetValueOrDefault(d);
        return new ChartSeries(
            days,
            [.. days.Select(d => format.Day(d))],
            [.. days.Select(d => (long?)At(d)?.TotalCalls)],
            [.. days.Select(d => (long?)At(d)?.HandledCalls)],
            [.. days.Select(d => (long?)At(d)?.Abandoned)],
            [.. days.Select(d => At(d) is { } s ? KpiRatio.Of(s.Abandoned, s.QueuedCalls) : null)],
            [.. days.Select(d => At(d) is { } s ? format.Count(s.TotalCalls) : NoCalls)]);
    }

    private string[] Cells(string label, KpiSummary s) =>
    [
        label,
        format.Count(s.TotalCalls),
        format.Count(s.Queued),
        format.Count(s.Handled),
        format.Count(s.Abandoned),
        format.Rate(s.AbandonRate),
        format.Duration(s.AvgWaitSeconds),
        format.Duration(s.AvgHandleSeconds),
    ];

    private static Dictionary<DateOnly, DailyStats> ByDay(ReportData data) =>
        data.Days
            .Where(d => data.Query.Range.Contains(d.Date))
            .GroupBy(d => d.Date)
            .ToDictionary(g => g.Key, g => g.Count() == 1 ? g.First() : DailyStats.Combine(g.Key, g));
}
