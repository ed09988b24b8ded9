using Crocodial.Bot.Core.Commands.Text;
using Crocodial.Bot.Core.Views;

namespace Crocodial.Bot.Core.Commands.Intents;

/// <summary>"per day", "daily", "table", "breakdown" ask for the per-day table; "chart", "graph", "trend" for the chart.</summary>
internal static class ViewReader
{
    public static ReportViewKind Read(Tok[] t, int n)
    {
        var view = ReportViewKind.Summary;
        for (var i = 0; i < n; i++)
        {
            var next = i + 1 < n ? t[i + 1] : default;
            if (t[i].Is("chart"))
            {
                t[i].Used = true;
                view = ReportViewKind.Chart;
            }
            else if (t[i].Is("table") || t[i].Is("breakdown") || t[i].Is("daily"))
            {
                t[i].Used = true;
                view = view == ReportViewKind.Chart ? view : ReportViewKind.Table;
            }
            else if ((t[i].Is("per") || t[i].Is("by") || t[i].Is("every")) && next.Is("day"))
            {
                t[i].Used = t[i + 1].Used = true;
                view = view == ReportViewKind.Chart ? view : ReportViewKind.Table;
            }
            else if (t[i].Is("day") && next.Is("by") && i + 2 < n && t[i + 2].Is("day"))
            {
                t[i].Used = t[i + 1].Used = t[i + 2].Used = true;
                view = view == ReportViewKind.Chart ? view : ReportViewKind.Table;
            }
            else if (t[i].Is("summary"))
            {
                t[i].Used = true;
            }
        }

        return view;
    }
}
