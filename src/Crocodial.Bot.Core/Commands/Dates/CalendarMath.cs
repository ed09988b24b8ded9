using System.Globalization;

namespace Crocodial.Bot.Core.Commands.Dates;

/// <summary>Calendar arithmetic for the date rules; every method stays inside DateOnly's range for sane input.</summary>
internal static class CalendarMath
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    public static DateOnly WeekStart(DateOnly day, DayOfWeek weekStart) =>
        day.AddDays(-(((int)day.DayOfWeek - (int)weekStart + 7) % 7));

    public static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    public static DateOnly QuarterStart(DateOnly day) => new(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);

    public static DateOnly HalfStart(DateOnly day) => new(day.Year, day.Month <= 6 ? 1 : 7, 1);

    public static bool IsYear(int year) => year is >= MinYear and <= MaxYear;

    public static bool IsValid(int year, int month, int day) =>
        IsYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>Whether the day exists in the month in some year (29 February does).</summary>
    public static bool CanExist(int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month);

    /// <summary>The most recent weekday on or before the day (strictly before when <paramref name="strict"/>).</summary>
    public static DateOnly WeekdayOnOrBefore(DateOnly day, DayOfWeek weekday, bool strict)
    {
        var back = ((int)day.DayOfWeek - (int)weekday + 7) % 7;
        return day.AddDays(-(back == 0 && strict ? 7 : back));
    }

    /// <summary>The most recent year in which day/month falls on or before today (rule D6); 0 if none is near.</summary>
    public static int RecentYear(int month, int day, DateOnly today)
    {
        for (var y = today.Year; y >= today.Year - 8; y--)
        {
            if (IsValid(y, month, day) && new DateOnly(y, month, day) <= today)
            {
                return y;
            }
        }

        return 0;
    }

    public static bool TryIsoWeek(int year, int week, out DateOnly monday)
    {
        monday = default;
        if (!IsYear(year) || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return true;
    }
}
