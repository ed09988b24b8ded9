namespace Crocodial.Bot.Core.Reports;

/// <summary>
/// A range's KPIs (report-api §8.2): counts are summed over the days, rates are ratios of those sums and
/// averages are weighted by handled calls, because averages of daily averages misstate a range.
/// Any ratio with a zero denominator is null ("n/a"), never NaN or infinity.
/// </summary>
public sealed record KpiSummary(
    DateRange Range,
    IReadOnlyList<DateOnly> MissingDays,
    long TotalCalls,
    long Queued,
    long AbandonedAfter20s,
    long Abandoned,
    long Handled,
    double? AvgWaitSeconds,
    double? AvgHandleSeconds)
{
    public int DaysInRange => Range.Days;

    public int DaysWithRows => Range.Days - MissingDays.Count;

    public bool HasRows => DaysWithRows > 0;

    /// <summary>A2 − A1: callers who hung up within 20 s of queueing.</summary>
    public long AbandonedWithin20s => Abandoned - AbandonedAfter20s;

    /// <summary>T − Q: IVR exits, after-hours calls and the like.</summary>
    public long NeverQueued => TotalCalls - Queued;

    /// <summary>A2 ÷ Q.</summary>
    public double? AbandonRate => KpiRatio.Of(Abandoned, Queued);

    /// <summary>A1 ÷ (Q − (A2 − A1)): short abandons leave numerator and denominator.</summary>
    public double? AbandonRateExcludingWithin20s => KpiRatio.Of(AbandonedAfter20s, Queued - AbandonedWithin20s);

    /// <summary>(A2 − A1) ÷ A2.</summary>
    public double? AbandonedWithin20sShare => KpiRatio.Of(AbandonedWithin20s, Abandoned);

    /// <summary>H ÷ (H + A2); H ÷ Q could exceed 100 % because some calls are answered without queueing.</summary>
    public double? AnswerRate => KpiRatio.Of(Handled, Handled + Abandoned);

    public static KpiSummary From(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return From(data.Query.Range, data.Days);
    }

    /// <summary>One day's row on its own (a table row): no scan of the range needed.</summary>
    public static KpiSummary Of(DailyStats day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return new KpiSummary(
            DateRange.Day(day.Date), [], day.TotalCalls, day.QueuedCalls, day.AbandonedAfter20s, day.Abandoned, day.HandledCalls,
            day.HandledCalls > 0 && day.AvgWaitSeconds is { } w && double.IsFinite(w) ? w : null,
            day.HandledCalls > 0 && day.AvgHandleSeconds is { } h && double.IsFinite(h) ? h : null);
    }

    /// <summary>Rows outside <paramref name="range"/> are ignored; several rows of one day are all counted.</summary>
    public static KpiSummary From(DateRange range, IEnumerable<DailyStats> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        long total = 0, queued = 0, after20 = 0, abandoned = 0, handled = 0;
        var wait = new WeightedMean();
        var handle = new WeightedMean();
        var seen = new bool[range.Days];
        foreach (var day in days)
        {
            if (!range.Contains(day.Date))
            {
                continue;
            }

            seen[day.Date.DayNumber - range.From.DayNumber] = true;
            total += day.TotalCalls;
            queued += day.QueuedCalls;
            after20 += day.AbandonedAfter20s;
            abandoned += day.Abandoned;
            handled += day.HandledCalls;
            wait.Add(day.AvgWaitSeconds, day.HandledCalls);
            handle.Add(day.AvgHandleSeconds, day.HandledCalls);
        }

        var missing = new List<DateOnly>();
        for (var i = 0; i < seen.Length; i++)
        {
            if (!seen[i])
            {
                missing.Add(range.From.AddDays(i));
            }
        }

        return new KpiSummary(range, missing, total, queued, after20, abandoned, handled, wait.Value, handle.Value);
    }

    /// <summary>The value a KPI line shows: counts as whole numbers, rates as fractions, durations in seconds.</summary>
    public double? Value(Kpi kpi) => kpi switch
    {
        Kpi.Calls => TotalCalls,
        Kpi.Queued => Queued,
        Kpi.Handled => Handled,
        Kpi.Abandoned => Abandoned,
        Kpi.AbandonRate => AbandonRate,
        Kpi.AbandonRateExcludingWithin20s => AbandonRateExcludingWithin20s,
        Kpi.AbandonedWithin20s => AbandonedWithin20s,
        Kpi.AnswerRate => AnswerRate,
        Kpi.AvgWait => AvgWaitSeconds,
        Kpi.AvgHandleTime => AvgHandleSeconds,
        Kpi.NeverQueued => NeverQueued,
        _ => throw new ArgumentOutOfRangeException(nameof(kpi), kpi, null),
    };
}
