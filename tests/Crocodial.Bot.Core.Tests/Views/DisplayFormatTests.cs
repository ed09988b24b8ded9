using Crocodial.Bot.Core.Formatting;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Tests.Views;

public class DisplayFormatTests
{
    private static readonly DisplayFormat Format = new("en-US");
    private static readonly DateOnly Today2025 = new(2025, 6, 11);

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1284, "1,284")]
    [InlineData(1234567, "1,234,567")]
    public void Count_UsesThousandsSeparators(long value, string expected) => Assert.Equal(expected, Format.Count(value));

    [Theory]
    [InlineData(0.145, "14.5 %")]
    [InlineData(130.0 / 897, "14.5 %")]
    [InlineData(0.0, "0.0 %")]
    [InlineData(1.0, "100.0 %")]
    [InlineData(0.00049, "0.0 %")]
    [InlineData(null, "n/a")]
    [InlineData(double.NaN, "n/a")]
    [InlineData(double.PositiveInfinity, "n/a")]
    public void Rate_OneDecimalWithSpacedPercent(double? fraction, string expected) => Assert.Equal(expected, Format.Rate(fraction));

    [Theory]
    [InlineData(64.4, "1:04")]
    [InlineData(458.96, "7:39")]
    [InlineData(0.0, "0:00")]
    [InlineData(59.5, "1:00")]
    [InlineData(3600.0, "1:00:00")]
    [InlineData(3723.0, "1:02:03")]
    [InlineData(null, "n/a")]
    [InlineData(double.NaN, "n/a")]
    public void Duration_MinutesSeconds_HoursFromOneHour(double? seconds, string expected) => Assert.Equal(expected, Format.Duration(seconds));

    [Fact]
    public void Day_WithAndWithoutYear()
    {
        Assert.Equal("Mon 19 May", Format.Day(new DateOnly(2025, 5, 19)));
        Assert.Equal("Mon 19 May 2025", Format.Day(new DateOnly(2025, 5, 19), withYear: true));
    }

    [Fact]
    public void Range_SameMonth_CurrentYear_HasNoYear() =>
        Assert.Equal("Mon 19 – Sun 25 May", Format.Range(new(new(2025, 5, 19), new(2025, 5, 25)), Today2025));

    [Fact]
    public void Range_SameMonth_OtherYear_HasYear() =>
        Assert.Equal("Mon 19 – Sun 25 May 2025", Format.Range(new(new(2025, 5, 19), new(2025, 5, 25)), new DateOnly(2026, 1, 2)));

    [Fact]
    public void Range_CrossMonth() =>
        Assert.Equal("Wed 30 Apr – Tue 6 May", Format.Range(new(new(2025, 4, 30), new(2025, 5, 6)), Today2025));

    [Fact]
    public void Range_CrossYear_ShowsBothYears() =>
        Assert.Equal("Mon 30 Dec 2024 – Sun 5 Jan 2025", Format.Range(new(new(2024, 12, 30), new(2025, 1, 5)), Today2025));

    [Fact]
    public void Range_SingleDay()
    {
        Assert.Equal("Mon 19 May", Format.Range(DateRange.Day(new(2025, 5, 19)), Today2025));
        Assert.Equal("Mon 19 May 2025", Format.Range(DateRange.Day(new(2025, 5, 19)), new DateOnly(2026, 5, 19)));
    }

    [Fact]
    public void Value_FollowsTheUnit()
    {
        Assert.Equal("1,475", Format.Value(1475, KpiUnit.Count));
        Assert.Equal("14.5 %", Format.Value(0.1449, KpiUnit.Rate));
        Assert.Equal("1:04", Format.Value(64.4, KpiUnit.Duration));
        Assert.Equal("n/a", Format.Value(null, KpiUnit.Count));
    }

    [Fact]
    public void Culture_ComesFromOptions() =>
        Assert.Equal("1.284", new DisplayFormat("de-DE").Count(1284));
}
