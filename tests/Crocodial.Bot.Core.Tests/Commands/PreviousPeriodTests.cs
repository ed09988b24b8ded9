using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Tests.Commands;

public class PreviousPeriodTests
{
    [Theory]
    [InlineData("2025-06-02", "2025-06-08", PeriodKind.Week, "2025-05-26", "2025-06-01")]
    [InlineData("2025-05-19", "2025-06-08", PeriodKind.Week, "2025-04-28", "2025-05-18")]
    [InlineData("2025-05-01", "2025-05-31", PeriodKind.Month, "2025-04-01", "2025-04-30")]
    [InlineData("2025-03-01", "2025-05-31", PeriodKind.Month, "2024-12-01", "2025-02-28")]
    [InlineData("2025-01-01", "2025-03-31", PeriodKind.Quarter, "2024-10-01", "2024-12-31")]
    [InlineData("2024-07-01", "2024-12-31", PeriodKind.Half, "2024-01-01", "2024-06-30")]
    [InlineData("2024-01-01", "2024-12-31", PeriodKind.Year, "2023-01-01", "2023-12-31")]
    [InlineData("2025-06-01", "2025-06-11", PeriodKind.MonthToDate, "2025-05-01", "2025-05-11")]
    [InlineData("2025-03-01", "2025-03-31", PeriodKind.MonthToDate, "2025-02-01", "2025-02-28")]
    [InlineData("2025-06-09", "2025-06-11", PeriodKind.WeekToDate, "2025-06-02", "2025-06-04")]
    [InlineData("2025-04-01", "2025-06-11", PeriodKind.QuarterToDate, "2025-01-01", "2025-03-13")]
    [InlineData("2025-01-01", "2025-06-11", PeriodKind.YearToDate, "2024-01-01", "2024-06-10")]
    [InlineData("2025-06-04", "2025-06-10", PeriodKind.Other, "2025-05-28", "2025-06-03")]
    [InlineData("2025-06-10", "2025-06-10", PeriodKind.Other, "2025-06-09", "2025-06-09")]
    public void For_Range_IsThePeriodBefore(string from, string to, PeriodKind kind, string wantFrom, string wantTo)
    {
        var previous = PreviousPeriod.For(new DateRange(D(from), D(to)), kind);
        Assert.Equal(new DateRange(D(wantFrom), D(wantTo)), previous);
    }

    [Fact]
    public void For_Command_UsesItsRangeKind()
    {
        var command = CommandParser.Parse("mtd", new DateOnly(2025, 6, 11), DayOfWeek.Monday);
        Assert.Equal(new DateRange(D("2025-05-01"), D("2025-05-11")), PreviousPeriod.For(command));
        Assert.Null(PreviousPeriod.For(CommandParser.Parse("help", new DateOnly(2025, 6, 11), DayOfWeek.Monday)));
    }

    [Fact]
    public void For_EarliestDay_DoesNotThrow() =>
        _ = PreviousPeriod.For(new DateRange(DateOnly.MinValue, DateOnly.MinValue.AddDays(3)), PeriodKind.Other);

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
