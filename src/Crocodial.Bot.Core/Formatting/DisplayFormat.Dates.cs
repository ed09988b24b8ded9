using System.Globalization;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Formatting;

/// <summary>
/// Dates as <c>Mon 19 May</c>, with the year only when the range is not within the current year;
/// ranges as <c>Mon 19 – Sun 25 May</c>, <c>Wed 30 Apr – Tue 6 May</c>, <c>Mon 30 Dec 2024 – Sun 5 Jan 2025</c>.
/// </summary>
public sealed partial class DisplayFormat
{
    private const string Dash = " – ";

    public string Day(DateOnly day, bool withYear = false)
    {
        var names = _culture.DateTimeFormat;
        var text = $"{names.AbbreviatedDayNames[(int)day.DayOfWeek]} {Number(day.Day)} {names.AbbreviatedMonthNames[day.Month - 1]}";
        return withYear ? $"{text} {Number(day.Year)}" : text;
    }

    /// <summary>Whether dates of this range carry their year, given the call centre's today.</summary>
    public static bool NeedsYear(DateRange range, DateOnly today) =>
        range.From.Year != today.Year || range.To.Year != today.Year;

    public string Range(DateRange range, DateOnly today)
    {
        var withYear = NeedsYear(range, today);
        var (from, to) = (range.From, range.To);
        if (from == to)
        {
            return Day(from, withYear);
        }

        if (from.Year != to.Year)
        {
            return Day(from, true) + Dash + Day(to, true);
        }

        var names = _culture.DateTimeFormat;
        var start = from.Month == to.Month
            ? $"{names.AbbreviatedDayNames[(int)from.DayOfWeek]} {Number(from.Day)}"
            : Day(from);
        return start + Dash + Day(to, withYear);
    }

    private string Number(int value) => value.ToString(_culture);
}
