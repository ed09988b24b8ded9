using Crocodial.Bot.Core.Views;

namespace Crocodial.Bot.Slack.Tests.BlockKit;

/// <summary>
/// Every user-visible string of a view: title, lines, KPI labels and values, table cells, chart labels,
/// notes, action labels, subscription headings and lines. The parity test asserts each appears in a channel's
/// payload; Teams has the same helper.
/// </summary>
public static class ViewStrings
{
    public static IReadOnlyList<string> Of(IChatView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var strings = new List<string> { view.Title };
        switch (view)
        {
            case ReportView report:
                strings.AddRange([report.TenantsLine, report.DatesLine, report.TimeZoneLine]);
                Add(strings, report.DefaultNote, report.ComparisonLabel);
                foreach (var kpi in report.Kpis)
                {
                    strings.AddRange([kpi.Label, kpi.Value]);
                    Add(strings, kpi.Detail, kpi.PreviousValue, kpi.Change?.Text);
                }

                if (report.Table is { } table)
                {
                    strings.AddRange(table.Columns.Select(c => c.Header));
                    foreach (var row in table.Rows.Append(table.Total))
                    {
                        strings.AddRange(row.Cells);
                        Add(strings, row.Note);
                    }
                }

                if (report.Chart is { } chart)
                {
                    strings.AddRange(chart.DateLabels);
                    strings.AddRange(chart.CallsLabels);
                }

                strings.AddRange(report.Notes);
                strings.AddRange(report.Actions.Select(a => a.Label));
                break;
            case HelpView help:
                strings.Add(help.Intro);
                strings.AddRange(help.Examples.SelectMany(e => new[] { e.Label, e.Command }));
                Add(strings, help.DidYouMean?.Label);
                break;
            case ErrorView error:
                strings.Add(error.Problem);
                Add(strings, error.Understood, error.Example);
                strings.AddRange(error.Actions.Select(a => a.Label));
                break;
            case ExplainView explain:
                strings.Add(explain.Intro);
                strings.AddRange(explain.Entries.SelectMany(e => new[] { e.Label, e.Formula, e.Meaning }));
                Add(strings, explain.ServiceLevelNote);
                strings.AddRange(explain.Actions.Select(a => a.Label));
                break;
            case SubscriptionsView subscriptions:
                Add(strings, subscriptions.Intro, subscriptions.Note);
                foreach (var item in subscriptions.Items)
                {
                    strings.Add(item.Heading);
                    strings.AddRange(item.Lines);
                    strings.AddRange(item.Actions.Select(a => a.Label));
                }

                strings.AddRange(subscriptions.Actions.Select(a => a.Label));
                break;
        }

        return [.. strings.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal)];
    }

    private static void Add(List<string> strings, params string?[] values) =>
        strings.AddRange(values.Where(v => v is not null).Select(v => v!));
}
