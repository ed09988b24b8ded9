namespace Crocodial.Bot.Core.Views;

/// <summary>How a report is shown: KPI summary, per-day table, or chart (parse contract <c>view</c>).</summary>
public enum ReportViewKind
{
    Summary,
    Table,
    Chart,
}
