using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Views;

/// <summary>
/// What a report view is built from. <paramref name="Today"/> is the call centre's date;
/// <paramref name="TimeZone"/> its IANA id. The tenants shown are <see cref="ReportQuery.Tenants"/> of
/// <paramref name="Current"/> (empty = all). <see cref="Previous"/> is the period compared with, if any.
/// <see cref="DefaultApplied"/> says which default stood in for what the command did not name
/// ("No dates given: showing today so far").
/// </summary>
public sealed record ReportViewRequest(ReportData Current, ReportViewKind Kind, DateOnly Today, string TimeZone)
{
    public ReportData? Previous { get; init; }

    public Metric? Metric { get; init; }

    /// <summary>The command said "all tenants"; re-run commands say so too.</summary>
    public bool AllTenants { get; init; }

    public string? AskerTimeZone { get; init; }

    public string? DefaultApplied { get; init; }

    /// <summary>A summary of up to this many days carries its per-day table too: a week fits on a phone.</summary>
    public const int ShortRangeDays = 7;

    /// <summary>Whether the view shows the per-day table: asked for, or a short range's summary.</summary>
    public bool ShowsTable =>
        Kind == ReportViewKind.Table
        || (Kind == ReportViewKind.Summary && Previous is null && Current.Query.Range.Days is > 1 and <= ShortRangeDays);
}
