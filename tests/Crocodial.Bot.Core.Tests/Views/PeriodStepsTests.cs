using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;

namespace Crocodial.Bot.Core.Tests.Views;

public class PeriodStepsTests
{
    private static readonly DateOnly Today = new(2025, 6, 11);

    private static DateRange R(string from, string to) => new(DateOnly.Parse(from, null), DateOnly.Parse(to, null));

    [Fact]
    public void WholeMonth_StepsToTheWholeMonthBefore() =>
        Assert.Equal(R("2025-02-01", "2025-02-28"), PeriodSteps.Previous(R("2025-03-01", "2025-03-31")));

    [Fact]
    public void Quarter_StepsByAQuarter()
    {
        Assert.Equal(R("2024-10-01", "2024-12-31"), PeriodSteps.Previous(R("2025-01-01", "2025-03-31")));
        Assert.Equal(R("2025-04-01", "2025-06-11"), PeriodSteps.Next(R("2025-01-01", "2025-03-31"), Today));
    }

    [Fact]
    public void SingleDayOnThe1st_StepsToTheDaysEitherSide()
    {
        Assert.Equal(R("2025-05-31", "2025-05-31"), PeriodSteps.Previous(R("2025-06-01", "2025-06-01")));
        Assert.Equal(R("2025-06-02", "2025-06-02"), PeriodSteps.Next(R("2025-06-01", "2025-06-01"), Today));
    }

    [Fact]
    public void MonthToDate_StepsToTheSameDaysOfTheMonthBefore() =>
        Assert.Equal(R("2025-05-01", "2025-05-11"), PeriodSteps.Previous(R("2025-06-01", "2025-06-11")));

    [Fact]
    public void MonthToDate_OnThe31st_IsClampedToTheShorterMonth() =>
        Assert.Equal(R("2025-02-01", "2025-02-28"), PeriodSteps.Previous(R("2025-03-01", "2025-03-30")));

    [Fact]
    public void Week_StepsBySevenDays()
    {
        Assert.Equal(R("2025-05-26", "2025-06-01"), PeriodSteps.Previous(R("2025-06-02", "2025-06-08")));
        Assert.Equal(R("2025-06-09", "2025-06-11"), PeriodSteps.Next(R("2025-06-02", "2025-06-08"), Today));
    }

    [Fact]
    public void Next_StartingAfterToday_IsNull() =>
        Assert.Null(PeriodSteps.Next(R("2025-06-05", "2025-06-11"), Today));
}
