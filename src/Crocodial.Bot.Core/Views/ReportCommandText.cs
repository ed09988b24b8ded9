using System.Globalization;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Views;

/// <summary>
/// Command texts for buttons, in words the parser reads back exactly: explicit ISO dates and a tenant slot
/// ("table 2025-05-12 to 2025-05-18 for TTY and AAA", "compare 2025-05-19 to 2025-05-25 for TTY").
/// </summary>
public static class ReportCommandText
{
    public static string Report(ReportViewKind kind, DateRange range, IReadOnlyList<string> tenants, bool allTenants = false, Metric? metric = null)
    {
        var view = kind switch
        {
            ReportViewKind.Table => "table ",
            ReportViewKind.Chart => "chart ",
            _ => "",
        };
        var what = metric is { } m ? Phrase(m) : kind == ReportViewKind.Summary ? "stats" : "";
        return Join(view + what, Dates(range), TenantSlot(tenants, allTenants));
    }

    /// <summary>Without <paramref name="with"/>, the parser compares with the period before <paramref name="range"/>.</summary>
    public static string Compare(DateRange range, DateRange? with, IReadOnlyList<string> tenants, bool allTenants = false) =>
        Join("compare", Dates(range), with is { } w ? "with " + Dates(w) : "", TenantSlot(tenants, allTenants));

    public static string Dates(DateRange range) =>
        range.From == range.To ? Iso(range.From) : $"{Iso(range.From)} to {Iso(range.To)}";

    public static string TenantSlot(IReadOnlyList<string> tenants, bool allTenants = false)
    {
        ArgumentNullException.ThrowIfNull(tenants);
        if (allTenants)
        {
            return "for all tenants";
        }

        return tenants.Count == 0 ? "" : "for " + JoinWithAnd(tenants, ", ");
    }

    internal static string JoinWithAnd(IReadOnlyList<string> items, string separator) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(separator, items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static string Phrase(Metric metric) => metric switch
    {
        Metric.InboundCalls => "inbound calls",
        Metric.Queued => "queued",
        Metric.Handled => "handled",
        Metric.Abandoned => "abandoned",
        Metric.AbandonRate => "abandon rate",
        Metric.ShortAbandons => "short abandons",
        Metric.AnswerRate => "answer rate",
        Metric.AvgWait => "wait",
        Metric.Aht => "aht",
        Metric.ServiceLevel => "service level",
        _ => "stats",
    };

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Join(params string[] parts) =>
        string.Join(' ', parts.Where(p => p.Length > 0).Select(p => p.Trim()));
}
