using Crocodial.Bot.Core.Formatting;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Tests.Reports;

public class KpiChangeTests
{
    private static readonly DisplayFormat Format = DisplayFormat.Default;

    [Fact]
    public void Count_Up_ShowsPercentAndAbsolute()
    {
        var change = KpiChange.Between(1252, 1406, KpiUnit.Count, KpiPolarity.Neutral);

        Assert.Equal("▲ 12.3 % (+154)", Format.Change(change, KpiUnit.Count));
        Assert.Equal((ChangeDirection.Up, ChangeSentiment.Neutral), (change.Direction, change.Sentiment));
    }

    [Fact]
    public void Count_Down_ShowsMinus() =>
        Assert.Equal("▼ 50.0 % (-1,000)", Format.Change(KpiChange.Between(2000, 1000, KpiUnit.Count, KpiPolarity.Neutral), KpiUnit.Count));

    [Fact]
    public void Rate_ShowsPercentagePoints_AndUpIsBadForAbandonRate()
    {
        var change = KpiChange.Between(0.157, 0.145, KpiUnit.Rate, KpiPolarity.LowerIsBetter);
        var worse = KpiChange.Between(0.145, 0.157, KpiUnit.Rate, KpiPolarity.LowerIsBetter);

        Assert.Equal("▼ 1.2 pp", Format.Change(change, KpiUnit.Rate));
        Assert.Equal(ChangeSentiment.Good, change.Sentiment);
        Assert.Equal(ChangeSentiment.Bad, worse.Sentiment);
    }

    [Fact]
    public void Rate_FromZero_IsAChange() =>
        Assert.Equal("▲ 2.0 pp", Format.Change(KpiChange.Between(0, 0.02, KpiUnit.Rate, KpiPolarity.LowerIsBetter), KpiUnit.Rate));

    [Fact]
    public void Duration_ShowsClockDelta() =>
        Assert.Equal("▲ 10.9 % (+0:07)", Format.Change(KpiChange.Between(64.4, 71.4, KpiUnit.Duration, KpiPolarity.LowerIsBetter), KpiUnit.Duration));

    [Fact]
    public void AnswerRate_UpIsGood() =>
        Assert.Equal(ChangeSentiment.Good, KpiChange.Between(0.8, 0.9, KpiUnit.Rate, KpiPolarity.HigherIsBetter).Sentiment);

    [Theory]
    [InlineData(100.0, 100.0, KpiUnit.Count)]
    [InlineData(0.1451, 0.1449, KpiUnit.Rate)]
    [InlineData(64.4, 64.2, KpiUnit.Duration)]
    public void SameAtShownPrecision_IsNoChange(double previous, double current, KpiUnit unit)
    {
        var change = KpiChange.Between(previous, current, unit, KpiPolarity.LowerIsBetter);

        Assert.Equal(ChangeDirection.Flat, change.Direction);
        Assert.Equal("no change", Format.Change(change, unit));
    }

    [Theory]
    [InlineData(null, 5.0, KpiUnit.Count)]
    [InlineData(0.0, 5.0, KpiUnit.Count)]
    [InlineData(0.0, 5.0, KpiUnit.Duration)]
    [InlineData(0.1, null, KpiUnit.Rate)]
    [InlineData(double.NaN, 5.0, KpiUnit.Count)]
    public void MissingOrZeroPrevious_IsNotAvailable(double? previous, double? current, KpiUnit unit)
    {
        var change = KpiChange.Between(previous, current, unit, KpiPolarity.Neutral);

        Assert.Equal(ChangeDirection.Unknown, change.Direction);
        Assert.Equal("n/a", Format.Change(change, unit));
    }
}
