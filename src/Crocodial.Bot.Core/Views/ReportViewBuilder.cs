using Crocodial.Bot.Core.Formatting;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Views;

/// <summary>Turns report data into a <see cref="ReportView"/>: all arithmetic and formatting happen here, once.</summary>
public sealed class ReportViewBuilder(DisplayFormat format)
{
    public ReportViewBuilder(BotOptions options)
        : this(new DisplayFormat((options ?? throw new ArgumentNullException(nameof(options))).Culture))
    {
    }

    public ReportView Build(ReportViewRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = KpiSummary.From(request.Current);
        var previous = request.Previous is { } p ? KpiSummary.From(p) : null;
        var range = request.Current.Query.Range;
        var anyRows = current.HasRows || previous?.HasRows == true;
        var highlighted = request.Metric is { } m ? KpiCatalog.For(m) : [];

        var kpis = anyRows
            ? new ReportKpiLines(format).Build(current, previous, highlighted, request.Kind)
            : [];
        var table = anyRows && request.ShowsTable
            ? new DayTableBuilder(format).Table(request.Current)
            : null;
        var chart = anyRows && request.Kind == ReportViewKind.Chart
            ? new DayTableBuilder(format).Chart(request.Current)
            : null;

        return new ReportView(
            request.Kind,
            Title(request.Kind, previous is not null),
            TenantsLine(request.Current.Query.Tenants),
            DatesLine(range, request.Today),
            TimeZoneLine(request.TimeZone, request.AskerTimeZone),
            string.IsNullOrWhiteSpace(request.DefaultApplied) ? null : request.DefaultApplied,
            previous is null ? null : "vs " + format.Range(previous.Range, request.Today),
            kpis,
            table,
            chart,
            new ReportNotes(format).Build(request, current, previous),
            ReportActions.Build(request));
    }

    private static string Title(ReportViewKind kind, bool comparing) => (kind, comparing) switch
    {
        (ReportViewKind.Summary, false) => "Inbound summary",
        (ReportViewKind.Summary, true) => "Inbound summary compared",
        (_, false) => "Inbound calls per day",
        (_, true) => "Inbound calls per day compared",
    };

    private static string TenantsLine(IReadOnlyList<string> tenants) =>
        tenants.Count == 0 ? "All tenants" : string.Join(", ", tenants);

    private string DatesLine(DateRange range, DateOnly today)
    {
        var text = format.Range(range, today);
        return range.Days > 1 ? $"{text} ({format.Count(range.Days)} days)" : text;
    }

    private static string TimeZoneLine(string zone, string? askerZone)
    {
        var line = "Times in " + (string.IsNullOrWhiteSpace(zone) ? "UTC" : zone);
        return string.IsNullOrWhiteSpace(askerZone) || string.Equals(askerZone, zone, StringComparison.OrdinalIgnoreCase)
            ? line
            : $"{line}; your zone {askerZone}";
    }
}
