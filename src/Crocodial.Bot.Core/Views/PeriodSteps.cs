using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Views;

/// <summary>
/// The period before or after a range, for the navigation buttons: whole months (and so quarters and years)
/// step by the same number of months, a month-to-date range steps to the same days of the other month,
/// anything else to the equally long range next to it.
/// </summary>
internal static class PeriodSteps
{
    public static DateRange Previous(DateRange range) => Step(range, -1);

    /// <summary>Null when the next period would start after today; otherwise cut at today.</summary>
    public static DateRange? Next(DateRange range, DateOnly today)
    {
        var next = Step(range, 1);
        if (next.From > today)
        {
            return null;
        }

        return next.To > today ? new DateRange(next.From, today) : next;
    }

    private static DateRange Step(DateRange range, int direction)
    {
        var (from, to) = (range.From, range.To);
        if (from.Day == 1 && IsMonthEnd(to))
        {
            var months = (to.Year - from.Year) * 12 + to.Month - from.Month + 1;
            var start = from.AddMonths(direction * months);
            return new DateRange(start, start.AddMonths(months).AddDays(-1));
        }

        // A single day is a day, even on the 1st: its neighbours are the days either side.
        if (from.Day == 1 && range.Days > 1 && from.Year == to.Year && from.Month == to.Month)
        {
            var start = from.AddMonths(direction);
            var end = start.AddDays(Math.Min(to.Day, DateTime.DaysInMonth(start.Year, start.Month)) - 1);
            return new DateRange(start, end);
        }

        return direction < 0
            ? range.PreviousOfSameLength()
            : new DateRange(to.AddDays(1), to.AddDays(range.Days));
    }

    private static bool IsMonthEnd(DateOnly day) => day.AddDays(1).Day == 1;
}
