using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Tests.Reports;
using Crocodial.Bot.Core.Views;

namespace Crocodial.Bot.Core.Tests.Views;

internal static class ViewSamples
{
    public const string Zone = "Europe/Madrid";

    public static readonly DateOnly Today = new(2025, 6, 11);

    public static readonly ReportViewBuilder Builder = new(new BotOptions());

    /// <summary>The §8.3 worked example for TTY, asked on 11 June 2025.</summary>
    public static ReportViewRequest Worked(ReportViewKind kind = ReportViewKind.Summary, params string[] tenants) =>
        new(KpiSamples.Worked(tenants.Length == 0 ? ["TTY"] : tenants), kind, Today, Zone);

    /// <summary>Mon 2 – Thu 5 Jun 2025: the four days before the worked example, a little quieter.</summary>
    public static ReportData PreviousOfWorked(params string[] tenants) => new(
        new ReportQuery(tenants.Length == 0 ? ["TTY"] : tenants, new DateRange(new(2025, 6, 2), new(2025, 6, 5))),
        [
            new(new DateOnly(2025, 6, 2), 640, 400, 45, 70, 330, 80.10, 450.00),
            new(new DateOnly(2025, 6, 3), 610, 380, 30, 50, 330, 60.00, 440.00),
            new(new DateOnly(2025, 6, 4), 0, 0, 0, 0, 0, null, null),
            new(new DateOnly(2025, 6, 5), 70, 40, 2, 4, 36, 20.00, 400.00),
        ]);

    public static ReportData Empty(DateRange range, params string[] tenants) => new(new ReportQuery(tenants, range), []);
}
