namespace Crocodial.Bot.Core.Reports;

/// <summary>
/// A KPI as users see it: our label (DECISIONS §10), how it is written, which way is good news,
/// and its formula and meaning in plain words (report-api §8.2).
/// </summary>
public sealed record KpiDefinition(
    Kpi Kpi,
    string Label,
    KpiUnit Unit,
    KpiPolarity Polarity,
    string Formula,
    string Meaning);
