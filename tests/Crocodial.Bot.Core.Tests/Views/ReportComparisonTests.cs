using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;
using static Crocodial.Bot.Core.Tests.Views.ViewSamples;

namespace Crocodial.Bot.Core.Tests.Views;

public class ReportComparisonTests
{
    private static readonly ReportView View = Builder.Build(Worked() with { Previous = PreviousOfWorked() });

    private static KpiLine Line(Kpi kpi) => View.Kpis.Single(k => k.Kpi == kpi);

    [Fact]
    public void Compare_LabelsThePreviousPeriod()
    {
        Assert.Equal("vs Mon 2 – Thu 5 Jun", View.ComparisonLabel);
        Assert.Equal("Inbound summary compared", View.Title);
    }

    [Fact]
    public void Compare_Counts_PercentAndAbsolute()
    {
        // 1,320 → 1,475
        Assert.Equal("1,320", Line(Kpi.Calls).PreviousValue);
        Assert.Equal("▲ 11.7 % (+155)", Line(Kpi.Calls).Change!.Text);
        Assert.Equal(ChangeSentiment.Neutral, Line(Kpi.Calls).Change!.Sentiment);
    }

    [Fact]
    public void Compare_Rates_InPercentagePoints_WithSentiment()
    {
        // 124 of 820 = 15.1 % → 14.5 %
        var line = Line(Kpi.AbandonRate);
        Assert.Equal("15.1 %", line.PreviousValue);
        Assert.Equal("▼ 0.6 pp", line.Change!.Text);
        Assert.Equal((ChangeDirection.Down, ChangeSentiment.Good), (line.Change.Direction, line.Change.Sentiment));
    }

    [Fact]
    public void Compare_Durations_AsClockDelta()
    {
        // (80.1·330 + 60·330 + 20·36) ÷ 696 = 67.44 s → 64.40 s
        var line = Line(Kpi.AvgWait);
        Assert.Equal("1:07", line.PreviousValue);
        Assert.Equal("▼ 4.5 % (-0:03)", line.Change!.Text);
        Assert.Equal(ChangeSentiment.Good, line.Change.Sentiment);
    }

    [Fact]
    public void Compare_PreviousWithoutRows_IsNotAvailable_AndNoted()
    {
        var view = Builder.Build(Worked() with { Previous = Empty(new DateRange(new(2025, 6, 2), new(2025, 6, 5)), "TTY") });

        Assert.All(view.Kpis, k => Assert.Equal("n/a", k.Change!.Text));
        Assert.Contains("No calls recorded in the comparison period (Mon 2 – Thu 5 Jun)", view.Notes);
    }

    [Fact]
    public void Compare_Actions_StayComparisons()
    {
        Assert.Equal(
            [
                ("Previous period", "compare 2025-06-02 to 2025-06-05 for TTY"),
                ("Next period", "compare 2025-06-10 to 2025-06-11 for TTY"),
                ("Per-day table", "table 2025-06-06 to 2025-06-09 for TTY"),
                ("Without comparison", "stats 2025-06-06 to 2025-06-09 for TTY"),
            ],
            View.Actions.Select(a => (a.Label, a.Command)));
    }

    [Fact]
    public void Compare_IncludingToday_RefreshRepeatsBothPeriods()
    {
        var range = new DateRange(new(2025, 6, 9), Today);
        var current = new ReportData(new ReportQuery(["TTY"], range), [new DailyStats(Today, 10, 5, 0, 1, 4, 30, 200)]);
        var previous = Empty(new DateRange(new(2025, 5, 12), new(2025, 5, 14)), "TTY");

        var view = Builder.Build(new ReportViewRequest(current, ReportViewKind.Summary, Today, Zone) { Previous = previous });

        Assert.Contains(view.Actions, a => a.Command == "compare 2025-06-09 to 2025-06-11 with 2025-05-12 to 2025-05-14 for TTY");
    }
}
