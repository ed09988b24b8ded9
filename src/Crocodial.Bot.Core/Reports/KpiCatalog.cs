namespace Crocodial.Bot.Core.Reports;

/// <summary>Every KPI's definition, in display order.</summary>
public static class KpiCatalog
{
    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        new(Kpi.Calls, "Calls", KpiUnit.Count, KpiPolarity.Neutral,
            "all inbound calls",
            "every inbound call, including IVR exits, after-hours calls and calls that never reached an agent queue"),
        new(Kpi.Queued, "Queued", KpiUnit.Count, KpiPolarity.Neutral,
            "calls that reached the queue",
            "calls that waited in the agent queue"),
        new(Kpi.Handled, "Handled", KpiUnit.Count, KpiPolarity.Neutral,
            "calls answered by an agent",
            "some are answered at once, without waiting in the queue"),
        new(Kpi.Abandoned, "Abandoned", KpiUnit.Count, KpiPolarity.LowerIsBetter,
            "calls that hung up while waiting in the queue",
            "callers who gave up before an agent answered"),
        new(Kpi.AbandonRate, "Abandon rate", KpiUnit.Rate, KpiPolarity.LowerIsBetter,
            "abandoned ÷ queued",
            "calls that hung up while waiting, out of calls that reached the queue"),
        new(Kpi.AbandonRateExcludingWithin20s, "Abandon rate excl. within 20 s", KpiUnit.Rate, KpiPolarity.LowerIsBetter,
            "abandoned after 20 s ÷ (queued − abandoned within 20 s)",
            "the abandon rate without callers who hung up within 20 s, left out of both sides"),
        new(Kpi.AbandonedWithin20s, "Abandoned within 20 s", KpiUnit.Count, KpiPolarity.LowerIsBetter,
            "abandoned − abandoned after more than 20 s",
            "callers who hung up within 20 s of queueing; a high share of all abandons points to misdials or IVR problems rather than staffing"),
        new(Kpi.AnswerRate, "Answer rate", KpiUnit.Rate, KpiPolarity.HigherIsBetter,
            "handled ÷ (handled + abandoned)",
            "calls answered, out of calls that were either answered or abandoned"),
        new(Kpi.AvgWait, "Avg wait in queue", KpiUnit.Duration, KpiPolarity.LowerIsBetter,
            "Σ(day's avg wait × day's handled calls) ÷ handled calls",
            "how long callers waited in the queue; each day counts by its handled calls, never as an average of daily averages"),
        new(Kpi.AvgHandleTime, "Avg handle time", KpiUnit.Duration, KpiPolarity.Neutral,
            "Σ(day's avg handle time × day's handled calls) ÷ handled calls",
            "time an agent spent per handled call, weighted by handled calls like the wait"),
        new(Kpi.NeverQueued, "Never reached the queue", KpiUnit.Count, KpiPolarity.Neutral,
            "calls − queued",
            "IVR exits, after-hours calls and other calls never offered to an agent"),
    ];

    public const string ServiceLevelExplanation =
        "Service level (the share of calls answered within a time limit) can't be computed from this report: " +
        "it has no count of calls answered within a threshold. Abandon rate and avg wait in queue are shown instead.";

    public static KpiDefinition Get(Kpi kpi) => All[(int)kpi];

    /// <summary>The KPIs a named metric points at; service level points at its stand-ins.</summary>
    public static IReadOnlyList<Kpi> For(Metric metric) => metric switch
    {
        Metric.InboundCalls => [Kpi.Calls],
        Metric.Queued => [Kpi.Queued],
        Metric.Handled => [Kpi.Handled],
        Metric.Abandoned => [Kpi.Abandoned],
        Metric.AbandonRate => [Kpi.AbandonRate],
        Metric.ShortAbandons => [Kpi.AbandonedWithin20s],
        Metric.AnswerRate => [Kpi.AnswerRate],
        Metric.AvgWait => [Kpi.AvgWait],
        Metric.Aht => [Kpi.AvgHandleTime],
        Metric.ServiceLevel => [Kpi.AbandonRate, Kpi.AvgWait],
        _ => [],
    };
}
