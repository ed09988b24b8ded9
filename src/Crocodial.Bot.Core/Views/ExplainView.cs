using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Views;

/// <summary>The KPI definitions in plain words ("explain"), all of them or those of one metric.</summary>
public sealed record ExplainView(
    string Title,
    string Intro,
    IReadOnlyList<ExplainEntry> Entries,
    string? ServiceLevelNote,
    IReadOnlyList<ViewAction> Actions) : IChatView
{
    private const string AllIntro =
        "Counts are added up over the days; rates are worked out from those totals, and averages are weighted " +
        "by handled calls, never averaged day by day. A value that can't be computed (nothing to divide by) shows as n/a.";

    public static ExplainView Build(Metric? focus = null)
    {
        var kpis = focus is { } m ? KpiCatalog.For(m) : [.. KpiCatalog.All.Select(d => d.Kpi)];
        var entries = kpis.Select(k => ExplainEntry.Of(KpiCatalog.Get(k))).ToList();
        var showServiceLevel = focus is null or Metric.ServiceLevel;
        var title = focus is null || entries.Count != 1 ? "How the numbers are worked out" : $"How {entries[0].Label.ToLowerInvariant()} is worked out";
        IReadOnlyList<ViewAction> actions = focus is null
            ? [new("Help", "help")]
            : [new("All definitions", "explain kpis")];
        return new ExplainView(title, AllIntro, entries, showServiceLevel ? KpiCatalog.ServiceLevelExplanation : null, actions);
    }
}

/// <summary>"Abandon rate = abandoned ÷ queued (calls that hung up while waiting, out of calls that reached the queue)".</summary>
public sealed record ExplainEntry(Kpi Kpi, string Label, string Formula, string Meaning)
{
    public string Sentence => $"{Label} = {Formula} ({Meaning})";

    internal static ExplainEntry Of(KpiDefinition d) => new(d.Kpi, d.Label, d.Formula, d.Meaning);
}
