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
    double? AvgHandleSeconds);
