using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Tests.Reports;

/// <summary>The report-api §8.3 worked example: three days with rows, 2025-06-08 without.</summary>
internal static class KpiSamples
{
    public static readonly DateRange WorkedRange = new(new DateOnly(2025, 6, 6), new DateOnly(2025, 6, 9));

    public static readonly DailyStats[] WorkedDays =
    [
        new(new DateOnly(2025, 6, 6), 702, 431, 41, 66, 371, 71.42, 455.87),
        new(new DateOnly(2025, 6, 7), 118, 64, 3, 7, 59, 22.15, 398.20),
        new(new DateOnly(2025, 6, 9), 655, 402, 35, 57, 349, 64.08, 472.51),
    ];

    public static ReportData Worked(params string[] tenants) =>
        new(new ReportQuery(tenants, WorkedRange), WorkedDays);
}
