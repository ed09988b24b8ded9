namespace Crocodial.Bot.Core.Reports;

/// <summary>
/// The rows the API returned for a query: one per day that had a row, sorted by date, each day once
/// (same-day rows already combined). Days of the range without a row are absent, never invented.
/// </summary>
public sealed record ReportData(ReportQuery Query, IReadOnlyList<DailyStats> Days);
