namespace Crocodial.Bot.Core.Reports;

/// <summary>The figures a report shows, in the order they are listed (report-api §8.2).</summary>
public enum Kpi
{
    Calls,
    Queued,
    Handled,
    Abandoned,
    AbandonRate,
    AbandonRateExcludingWithin20s,
    AbandonedWithin20s,
    AnswerRate,
    AvgWait,
    AvgHandleTime,
    NeverQueued,
}

/// <summary>How a KPI's value is written.</summary>
public enum KpiUnit
{
    Count,
    Rate,
    Duration,
}

/// <summary>Which way a change is good news; renderers colour changes with it.</summary>
public enum KpiPolarity
{
    /// <summary>Volume figures: more calls is neither good nor bad.</summary>
    Neutral,
    HigherIsBetter,
    LowerIsBetter,
}
