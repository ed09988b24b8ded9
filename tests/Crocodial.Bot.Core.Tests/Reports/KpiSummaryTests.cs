using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Tests.Reports;

public class KpiSummaryTests
{
    private static readonly DateOnly May19 = new(2025, 5, 19);

    [Fact]
    public void From_WorkedExample_MatchesPublishedNumbers()
    {
        var s = KpiSummary.From(KpiSamples.WorkedRange, KpiSamples.WorkedDays);

        Assert.Equal((1475L, 897L, 79L, 130L, 779L), (s.TotalCalls, s.Queued, s.AbandonedAfter20s, s.Abandoned, s.Handled));
        Assert.Equal(64.40, s.AvgWaitSeconds!.Value, 2);
        Assert.Equal(458.96, s.AvgHandleSeconds!.Value, 2);
        Assert.Equal(0.145, s.AbandonRate!.Value, 3);
        Assert.Equal(0.093, s.AbandonRateExcludingWithin20s!.Value, 3);
        Assert.Equal(51, s.AbandonedWithin20s);
        Assert.Equal(0.39, s.AbandonedWithin20sShare!.Value, 2);
        Assert.Equal(779.0 / 909, s.AnswerRate!.Value, 10);
        Assert.Equal(578, s.NeverQueued);
        Assert.Equal([new DateOnly(2025, 6, 8)], s.MissingDays);
        Assert.Equal((4, 3), (s.DaysInRange, s.DaysWithRows));
    }

    [Fact]
    public void From_WorkedExample_IsNotTheNaiveMeanOfDailyAverages()
    {
        var s = KpiSummary.From(KpiSamples.WorkedRange, KpiSamples.WorkedDays);

        Assert.NotEqual(52.55, s.AvgWaitSeconds!.Value, 2);
        Assert.NotEqual(442.19, s.AvgHandleSeconds!.Value, 2);
    }

    [Fact]
    public void AbandonRate_IsAbandonedOverQueued() =>
        Assert.Equal(0.25, One(total: 100, queued: 80, after20: 10, abandoned: 20, handled: 60).AbandonRate);

    [Fact]
    public void AbandonRateExcludingWithin20s_RemovesShortAbandonsFromBothSides() =>
        // 10 of (80 − (20 − 10)) = 10 / 70
        Assert.Equal(10.0 / 70, One(100, 80, 10, 20, 60).AbandonRateExcludingWithin20s);

    [Fact]
    public void AbandonedWithin20s_CountAndShare()
    {
        var s = One(100, 80, 5, 20, 60);
        Assert.Equal(15, s.AbandonedWithin20s);
        Assert.Equal(0.75, s.AbandonedWithin20sShare);
    }

    [Fact]
    public void AnswerRate_IsHandledOverHandledPlusAbandoned() =>
        Assert.Equal(60.0 / 80, One(100, 80, 10, 20, 60).AnswerRate);

    [Fact]
    public void NeverQueued_IsTotalMinusQueued() =>
        Assert.Equal(20, One(100, 80, 10, 20, 60).NeverQueued);

    [Fact]
    public void Averages_AreWeightedByHandledCalls_SkippingNullDays()
    {
        DailyStats[] days =
        [
            new(May19, 10, 10, 0, 0, 1, 100, 300),
            new(May19.AddDays(1), 10, 10, 0, 0, 3, 20, 100),
            new(May19.AddDays(2), 10, 10, 0, 0, 50, null, null),
        ];

        var s = KpiSummary.From(new DateRange(May19, May19.AddDays(2)), days);

        Assert.Equal((100 * 1 + 20 * 3) / 4.0, s.AvgWaitSeconds);
        Assert.Equal((300 * 1 + 100 * 3) / 4.0, s.AvgHandleSeconds);
    }

    [Fact]
    public void AllZero_RatesAndAveragesAreNull_NeverNaN()
    {
        var s = One(0, 0, 0, 0, 0, wait: null, handle: null);

        Assert.Null(s.AbandonRate);
        Assert.Null(s.AbandonRateExcludingWithin20s);
        Assert.Null(s.AbandonedWithin20sShare);
        Assert.Null(s.AnswerRate);
        Assert.Null(s.AvgWaitSeconds);
        Assert.Null(s.AvgHandleSeconds);
    }

    [Fact]
    public void NoRows_EveryDayIsMissing()
    {
        var s = KpiSummary.From(new DateRange(May19, May19.AddDays(6)), []);

        Assert.False(s.HasRows);
        Assert.Equal(7, s.MissingDays.Count);
        Assert.Equal(0, s.TotalCalls);
    }

    [Fact]
    public void RowsOutsideTheRange_AreIgnored()
    {
        var s = KpiSummary.From(DateRange.Day(May19), [new(May19.AddDays(1), 5, 5, 0, 0, 5, 1, 1)]);

        Assert.Equal(0, s.TotalCalls);
        Assert.Single(s.MissingDays);
    }

    [Fact]
    public void Value_CoversEveryKpi()
    {
        var s = KpiSummary.From(KpiSamples.WorkedRange, KpiSamples.WorkedDays);

        foreach (var kpi in Enum.GetValues<Kpi>())
        {
            Assert.NotNull(s.Value(kpi));
        }
    }

    [Fact]
    public void KpiCatalog_ListsEveryKpiInEnumOrder() =>
        Assert.Equal(Enum.GetValues<Kpi>(), KpiCatalog.All.Select(d => d.Kpi));

    private static KpiSummary One(long total, long queued, long after20, long abandoned, long handled, double? wait = 60, double? handle = 300) =>
        KpiSummary.From(DateRange.Day(May19), [new(May19, (int)total, (int)queued, (int)after20, (int)abandoned, (int)handled, wait, handle)]);
}
