namespace Crocodial.Bot.Core.Reports;

/// <summary>
/// One call-centre day of <c>inbound_summary_stats</c>, fields as the API names them.
/// <c>abandon1</c> counts calls abandoned after waiting more than 20 s; <c>abandon2</c> counts all abandoned calls.
/// The averages are in seconds and are null when the API gave no value (e.g. a day with no handled calls).
/// </summary>
public sealed record DailyStats(
    DateOnly Date,
    int TotalCalls,
    int QueuedCalls,
    int AbandonedAfter20s,
    int Abandoned,
    int HandledCalls,
    double? AvgWaitSeconds,
    double? AvgHandleSeconds)
{
    /// <summary>
    /// Combines rows of the same day (the API may send one per tenant): counts are summed and the
    /// averages weighted by handled calls, because a mean of means misstates the day.
    /// </summary>
    public static DailyStats Combine(DateOnly date, IEnumerable<DailyStats> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int total = 0, queued = 0, after20 = 0, abandoned = 0, handled = 0;
        var wait = new WeightedMean();
        var handle = new WeightedMean();
        foreach (var row in rows)
        {
            total += row.TotalCalls;
            queued += row.QueuedCalls;
            after20 += row.AbandonedAfter20s;
            abandoned += row.Abandoned;
            handled += row.HandledCalls;
            wait.Add(row.AvgWaitSeconds, row.HandledCalls);
            handle.Add(row.AvgHandleSeconds, row.HandledCalls);
        }

        return new DailyStats(date, total, queued, after20, abandoned, handled, wait.Value, handle.Value);
    }
}
