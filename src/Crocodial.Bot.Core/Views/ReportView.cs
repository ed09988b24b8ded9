using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Views;

/// <summary>
/// A report as the user reads it, every string already formatted. Empty lists and null parts are left out
/// by renderers. <see cref="Table"/> is set for the table kind, <see cref="Chart"/> for the chart kind;
/// <see cref="ComparisonLabel"/>, the KPI lines' previous values and changes only when a previous period was given.
/// </summary>
public sealed record ReportView(
    ReportViewKind Kind,
    string Title,
    string TenantsLine,
    string DatesLine,
    string TimeZoneLine,
    string? DefaultNote,
    string? ComparisonLabel,
    IReadOnlyList<KpiLine> Kpis,
    DayTable? Table,
    ChartSeries? Chart,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ViewAction> Actions) : IChatView;

/// <summary>
/// One KPI: "Abandon rate", "14.5 %", detail "130 of 897", and when comparing "13.3 %" and its change.
/// A narrow (phone) layout may keep only the <paramref name="Essential"/> lines; highlighted ones always are.
/// </summary>
public sealed record KpiLine(
    Kpi Kpi,
    string Label,
    string Value,
    string? Detail,
    string? PreviousValue,
    KpiChangeLine? Change,
    bool Highlighted,
    bool Essential);

/// <summary>"▲ 12.3 % (+154)", "▼ 1.2 pp", "no change" or "n/a", with which way it went and whether that is good.</summary>
public sealed record KpiChangeLine(string Text, ChangeDirection Direction, ChangeSentiment Sentiment);
