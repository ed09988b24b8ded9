using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Views;

/// <summary>The buttons under a report; each re-runs a command with explicit dates and tenants.</summary>
internal static class ReportActions
{
    public static IReadOnlyList<ViewAction> Build(ReportViewRequest request)
    {
        var range = request.Current.Query.Range;
        var tenants = request.Current.Query.Tenants;
        var all = request.AllTenants;
        var comparing = request.Previous is not null;
        string Run(ReportViewKind kind, DateRange r) =>
            comparing
                ? ReportCommandText.Compare(r, null, tenants, all)
                : ReportCommandText.Report(kind, r, tenants, all, request.Metric);

        var actions = new List<ViewAction>
        {
            new("Previous period", Run(request.Kind, PeriodSteps.Previous(range))),
        };
        if (PeriodSteps.Next(range, request.Today) is { } next)
        {
            actions.Add(new("Next period", Run(request.Kind, next)));
        }

        if (!request.ShowsTable && range.Days > 1)
        {
            actions.Add(new("Per-day table", ReportCommandText.Report(ReportViewKind.Table, range, tenants, all, request.Metric)));
        }

        if (request.Kind != ReportViewKind.Summary || comparing)
        {
            var label = comparing && request.Kind == ReportViewKind.Summary ? "Without comparison" : "Summary";
            actions.Add(new(label, ReportCommandText.Report(ReportViewKind.Summary, range, tenants, all, request.Metric)));
        }

        if (!comparing)
        {
            actions.Add(new("Compare with previous period", ReportCommandText.Compare(range, null, tenants, all)));
        }

        // Past days never change; only a range that includes today has anything new to fetch.
        if (range.Contains(request.Today))
        {
            var again = comparing
                ? ReportCommandText.Compare(range, request.Previous!.Query.Range, tenants, all)
                : ReportCommandText.Report(request.Kind, range, tenants, all, request.Metric);
            actions.Add(new("Refresh", again));
        }

        return actions;
    }
}
