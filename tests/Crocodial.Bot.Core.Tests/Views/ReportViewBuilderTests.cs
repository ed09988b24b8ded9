using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;
using static Crocodial.Bot.Core.Tests.Views.ViewSamples;

namespace Crocodial.Bot.Core.Tests.Views;

public class ReportViewBuilderTests
{
    [Fact]
    public void Build_WorkedExample_RestatesWhatWasUnderstood()
    {
        var view = Builder.Build(Worked() with { AskerTimeZone = "America/New_York", DefaultApplied = "No tenant given: showing TTY" });

        Assert.Equal("Inbound summary", view.Title);
        Assert.Equal("TTY", view.TenantsLine);
        Assert.Equal("Fri 6 – Mon 9 Jun (4 days)", view.DatesLine);
        Assert.Equal("Times in Europe/Madrid; your zone America/New_York", view.TimeZoneLine);
        Assert.Equal("No tenant given: showing TTY", view.DefaultNote);
        Assert.Null(view.ComparisonLabel);
        Assert.NotNull(view.Table);
        Assert.Null(view.Chart);
    }

    [Fact]
    public void Build_SameAskerZone_IsNotRepeated() =>
        Assert.Equal("Times in Europe/Madrid", Builder.Build(Worked() with { AskerTimeZone = "europe/madrid" }).TimeZoneLine);

    [Fact]
    public void Build_WorkedExample_KpisMatchPublishedNumbers()
    {
        var kpis = Builder.Build(Worked()).Kpis.ToDictionary(k => k.Kpi);

        Assert.Equal(Enum.GetValues<Kpi>().Length, kpis.Count);
        Assert.Equal(("1,475", null), (kpis[Kpi.Calls].Value, kpis[Kpi.Calls].Detail));
        Assert.Equal(("14.5 %", "130 of 897"), (kpis[Kpi.AbandonRate].Value, kpis[Kpi.AbandonRate].Detail));
        Assert.Equal(("9.3 %", "79 of 846"), (kpis[Kpi.AbandonRateExcludingWithin20s].Value, kpis[Kpi.AbandonRateExcludingWithin20s].Detail));
        Assert.Equal(("51", "39.2 % of abandoned"), (kpis[Kpi.AbandonedWithin20s].Value, kpis[Kpi.AbandonedWithin20s].Detail));
        Assert.Equal(("85.7 %", "779 of 909"), (kpis[Kpi.AnswerRate].Value, kpis[Kpi.AnswerRate].Detail));
        Assert.Equal("1:04", kpis[Kpi.AvgWait].Value);
        Assert.Equal("7:39", kpis[Kpi.AvgHandleTime].Value);
        Assert.Equal("578", kpis[Kpi.NeverQueued].Value);
        Assert.Equal("Avg wait in queue", kpis[Kpi.AvgWait].Label);
        Assert.Equal("Abandoned within 20 s", kpis[Kpi.AbandonedWithin20s].Label);
        Assert.All(kpis.Values, k => Assert.False(k.Highlighted));
        Assert.All(kpis.Values, k => Assert.Null(k.Change));
    }

    [Fact]
    public void Build_Labels_NeverUseAnotherProductsWords()
    {
        var view = Builder.Build(Worked(ReportViewKind.Table) with { Previous = PreviousOfWorked() });
        var words = view.Kpis.Select(k => k.Label).Concat(view.Table!.Columns.Select(c => c.Header));

        Assert.All(words, w => Assert.DoesNotMatch(@"\b(ASA|Offered|SL|[Hh]old)\b", w));
    }

    [Fact]
    public void Build_MissingDay_GetsNoteAndTableRow()
    {
        var view = Builder.Build(Worked(ReportViewKind.Table));

        Assert.Contains("No calls recorded on Sun 8 Jun", view.Notes);
        Assert.Equal(["Fri 6 Jun", "Sat 7 Jun", "Sun 8 Jun", "Mon 9 Jun"], view.Table!.Rows.Select(r => r.Label));
        var missing = view.Table.Rows[2];
        Assert.Equal("no calls recorded", missing.Note);
        Assert.All(missing.Cells.Skip(1), c => Assert.Equal("", c));
        Assert.Equal(["Total", "1,475", "897", "779", "130", "14.5 %", "1:04", "7:39"], view.Table.Total.Cells);
        Assert.Equal(["Fri 6 Jun", "702", "431", "371", "66", "15.3 %", "1:11", "7:36"], view.Table.Rows[0].Cells);
    }

    [Fact]
    public void Build_Table_MarksEssentialColumnsForPhones()
    {
        var table = Builder.Build(Worked(ReportViewKind.Table)).Table!;

        Assert.Equal(["Day", "Calls", "Handled", "Abandon rate", "Avg wait"], table.Columns.Where(c => c.Essential).Select(c => c.Header));
        Assert.All(table.Rows, r => Assert.Equal(table.Columns.Count, r.Cells.Count));
    }

    [Fact]
    public void Build_Table_KeepsOnlyAskedKpis()
    {
        Assert.Empty(Builder.Build(Worked(ReportViewKind.Table)).Kpis);
        Assert.Equal([Kpi.AbandonRate], Builder.Build(Worked(ReportViewKind.Table) with { Metric = Metric.AbandonRate }).Kpis.Select(k => k.Kpi));
    }

    [Fact]
    public void Build_ManyMissingDays_ListsFiveAndCountsTheRest()
    {
        var range = new DateRange(new(2025, 5, 1), new(2025, 5, 31));
        var data = new ReportData(new ReportQuery(["TTY"], range), [new DailyStats(new(2025, 5, 15), 10, 5, 0, 1, 4, 30, 200)]);

        var view = Builder.Build(new ReportViewRequest(data, ReportViewKind.Summary, Today, Zone));

        Assert.Contains("No calls recorded on 30 days: Thu 1 May, Fri 2 May, Sat 3 May, Sun 4 May, Mon 5 May and 25 more", view.Notes);
    }

    [Fact]
    public void Build_RangeIncludingToday_SaysNumbersArePartial_AndOffersRefresh()
    {
        var today = DateRange.Day(Today);
        var data = new ReportData(new ReportQuery(["TTY"], today), [new DailyStats(Today, 50, 30, 1, 2, 27, 40, 300)]);

        var view = Builder.Build(new ReportViewRequest(data, ReportViewKind.Summary, Today, Zone) { DefaultApplied = "No dates given: showing today so far" });

        Assert.Contains("Today so far: numbers are partial", view.Notes);
        Assert.Equal("Wed 11 Jun", view.DatesLine);
        Assert.Contains(view.Actions, a => a is { Label: "Refresh", Command: "stats 2025-06-11 for TTY" });
    }

    [Fact]
    public void Build_UnknownTenantWithoutRows_SaysSoInsteadOfZeros()
    {
        var view = Builder.Build(new ReportViewRequest(Empty(KpiSamplesRange, "XYZ"), ReportViewKind.Table, Today, Zone));

        Assert.Equal(["No calls recorded for XYZ in this period"], view.Notes);
        Assert.Empty(view.Kpis);
        Assert.Null(view.Table);
    }

    [Fact]
    public void Build_AllTenantsWithoutRows_SaysSo() =>
        Assert.Contains("No calls recorded in this period", Builder.Build(new ReportViewRequest(Empty(KpiSamplesRange), ReportViewKind.Summary, Today, Zone)).Notes);

    [Fact]
    public void Build_ServiceLevelAsked_ExplainsAndHighlightsStandIns()
    {
        var view = Builder.Build(Worked() with { Metric = Metric.ServiceLevel });

        Assert.Contains(view.Notes, n => n.StartsWith("Service level", StringComparison.Ordinal) && n.Contains("can't be computed", StringComparison.Ordinal));
        Assert.Equal([Kpi.AbandonRate, Kpi.AvgWait], view.Kpis.Where(k => k.Highlighted).Select(k => k.Kpi));
    }

    [Fact]
    public void Build_EssentialKpis_IncludeTheHighlightedOne() =>
        Assert.Equal(
            [Kpi.Calls, Kpi.Handled, Kpi.Abandoned, Kpi.AbandonRate, Kpi.AnswerRate, Kpi.AvgWait, Kpi.AvgHandleTime],
            Builder.Build(Worked() with { Metric = Metric.AnswerRate }).Kpis.Where(k => k.Essential).Select(k => k.Kpi));

    [Fact]
    public void Build_MetricAsked_IsHighlighted() =>
        Assert.Equal([Kpi.AbandonedWithin20s], Builder.Build(Worked() with { Metric = Metric.ShortAbandons }).Kpis.Where(k => k.Highlighted).Select(k => k.Kpi));

    [Theory]
    [InlineData(new string[0], "All tenants")]
    [InlineData(new[] { "AAA", "BBB" }, "AAA, BBB")]
    public void Build_TenantsLine(string[] tenants, string expected) =>
        Assert.Equal(expected, Builder.Build(new ReportViewRequest(new ReportData(new ReportQuery(tenants, KpiSamplesRange), []), ReportViewKind.Summary, Today, Zone)).TenantsLine);

    [Fact]
    public void Build_Chart_HasOneEntryPerDay_GapsForMissingDays()
    {
        var chart = Builder.Build(Worked(ReportViewKind.Chart)).Chart!;

        Assert.Equal(4, chart.Dates.Count);
        Assert.Equal([702L, 118L, null, 655L], chart.Calls);
        Assert.Equal([371L, 59L, null, 349L], chart.Handled);
        Assert.Equal([66L, 7L, null, 57L], chart.Abandoned);
        Assert.Null(chart.AbandonRate[2]);
        Assert.Equal(66.0 / 431, chart.AbandonRate[0]);
        Assert.Equal("no calls recorded", chart.CallsLabels[2]);
        Assert.Equal("Sun 8 Jun", chart.DateLabels[2]);
    }

    [Fact]
    public void Build_YearNotCurrent_DatesCarryTheYear() =>
        Assert.Equal("Fri 6 – Mon 9 Jun 2025 (4 days)", Builder.Build(Worked() with { Today = new DateOnly(2026, 1, 5) }).DatesLine);

    private static DateRange KpiSamplesRange => Crocodial.Bot.Core.Tests.Reports.KpiSamples.WorkedRange;
}
