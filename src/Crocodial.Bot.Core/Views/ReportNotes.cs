using Crocodial.Bot.Core.Formatting;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Views;

/// <summary>The sentences that keep a report honest: what could not be shown, and what is incomplete.</summary>
internal sealed class ReportNotes(DisplayFormat format)
{
    private const int ListedDays = 5;

    public IReadOnlyList<string> Build(ReportViewRequest request, KpiSummary current, KpiSummary? previous)
    {
        var notes = new List<string>();
        if (request.Metric == Metric.ServiceLevel)
        {
            notes.Add(KpiCatalog.ServiceLevelExplanation);
        }

        var tenants = request.Current.Query.Tenants;
        if (!current.HasRows)
        {
            notes.Add(tenants.Count == 0
                ? "No calls recorded in this period"
                : $"No calls recorded for {ReportCommandText.JoinWithAnd(tenants, ", ")} in this period");
        }
        else if (current.MissingDays.Count > 0)
        {
            notes.Add(MissingDays(current.MissingDays));
        }

        if (previous is { HasRows: false })
        {
            notes.Add($"No calls recorded in the comparison period ({format.Range(previous.Range, request.Today)})");
        }

        if (current.Range.Contains(request.Today))
        {
            notes.Add("Today so far: numbers are partial");
        }

        return notes;
    }

    private string MissingDays(IReadOnlyList<DateOnly> days)
    {
        var listed = days.Take(ListedDays).Select(d => format.Day(d)).ToList();
        if (days.Count > ListedDays)
        {
            return $"No calls recorded on {format.Count(days.Count)} days: {string.Join(", ", listed)} and {format.Count(days.Count - ListedDays)} more";
        }

        return "No calls recorded on " + ReportCommandText.JoinWithAnd(listed, ", ");
    }
}
