namespace Crocodial.Bot.Core.Reports;

/// <summary>A measure a user can ask for by name (commands.md §4). Wire names are the <c>parse</c> contract's.</summary>
public enum Metric
{
    InboundCalls,
    Queued,
    Handled,
    Abandoned,
    AbandonRate,
    ShortAbandons,
    AnswerRate,
    AvgWait,
    Aht,
    ServiceLevel,
}
