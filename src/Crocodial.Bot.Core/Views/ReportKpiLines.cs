using Crocodial.Bot.Core.Formatting;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Views;

internal sealed class ReportKpiLines(DisplayFormat format)
{
    private static readonly Kpi[] Essential =
        [Kpi.Calls, Kpi.Handled, Kpi.Abandoned, Kpi.AbandonRate, Kpi.AvgWait, Kpi.AvgHandleTime];

    public IReadOnlyList<KpiLine> Build(KpiSummary current, KpiSummary? previous, IReadOnlyList<Kpi> highlighted, ReportViewKind kind)
    {
        var lines = new List<KpiLine>(KpiCatalog.All.Count);
        foreach (var definition in KpiCatalog.All)
        {
            var isHighlighted = highlighted.Contains(definition.Kpi);

            // The table's total row already carries the counts; it keeps only what was asked for or compared.
            if (kind == ReportViewKind.Table && previous is null && !isHighlighted)
            {
                continue;
            }

            lines.Add(Line(definition, current, previous, isHighlighted));
        }

        return lines;
    }

    private KpiLine Line(KpiDefinition definition, KpiSummary current, KpiSummary? previous, bool highlighted)
    {
        var value = current.Value(definition.Kpi);
        KpiChangeLine? change = null;
        string? previousText = null;
        if (previous is not null)
        {
            var before = previous.Value(definition.Kpi);
            previousText = format.Value(before, definition.Unit);
            var delta = KpiChange.Between(before, value, definition.Unit, definition.Polarity);
            change = new KpiChangeLine(format.Change(delta, definition.Unit), delta.Direction, delta.Sentiment);
        }

        return new KpiLine(
            definition.Kpi,
            definition.Label,
            format.Value(value, definition.Unit),
            Detail(definition.Kpi, current),
            previousText,
            change,
            highlighted,
            highlighted || Essential.Contains(definition.Kpi));
    }

    private string? Detail(Kpi kpi, KpiSummary s) => kpi switch
    {
        Kpi.AbandonRate when s.Queued > 0 => OutOf(s.Abandoned, s.Queued),
        Kpi.AbandonRateExcludingWithin20s when s.Queued - s.AbandonedWithin20s > 0 => OutOf(s.AbandonedAfter20s, s.Queued - s.AbandonedWithin20s),
        Kpi.AbandonedWithin20s when s.Abandoned > 0 => $"{format.Rate(s.AbandonedWithin20sShare)} of abandoned",
        Kpi.AnswerRate when s.Handled + s.Abandoned > 0 => OutOf(s.Handled, s.Handled + s.Abandoned),
        _ => null,
    };

    private string OutOf(long part, long whole) => $"{format.Count(part)} of {format.Count(whole)}";
}
