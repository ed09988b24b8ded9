namespace Crocodial.Bot.Core.Views;

/// <summary>
/// Per-day numbers for a chart, one entry per day of the range. A day without data has null values
/// (a gap, not an invented zero) and the label "no calls recorded" in <see cref="CallsLabels"/>.
/// Abandon rate is a fraction (0.145 = 14.5 %).
/// </summary>
public sealed record ChartSeries(
    IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<string> DateLabels,
    IReadOnlyList<long?> Calls,
    IReadOnlyList<long?> Handled,
    IReadOnlyList<long?> Abandoned,
    IReadOnlyList<double?> AbandonRate,
    IReadOnlyList<string> CallsLabels);
