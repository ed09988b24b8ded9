using Crocodial.Bot.Core.Commands.Text;

namespace Crocodial.Bot.Core.Commands.Dates;

internal sealed partial class DateReader
{
    private const char PinnedDay = 'w';

    /// <summary>
    /// "monday last week", "last week tuesday", "monday to friday of last week": weekday names next to a named
    /// week mean the days of that week. The weekdays are pinned to their dates and the week words consumed.
    /// </summary>
    private void PinWeekdays(int from, int to)
    {
        for (var i = from; i + 1 < to; i++)
        {
            if (!(t[i].Is("last") || t[i].Is("this") || t[i].Is("next")) || !t[i + 1].Is("week") || t[i].Used)
            {
                continue;
            }

            var weekStart = _week.AddDays(t[i].Is("last") ? -7 : t[i].Is("next") ? 7 : 0);
            var pinned = Pin(i + 2, to, forward: true, weekStart) | Pin(i - 1, from - 1, forward: false, weekStart);
            if (pinned)
            {
                t[i].Used = t[i + 1].Used = true;
            }
        }
    }

    /// <summary>Pins a weekday, or "weekday to weekday", starting at i and walking away from the week words.</summary>
    private bool Pin(int i, int stop, bool forward, DateOnly week)
    {
        var step = forward ? 1 : -1;
        var any = false;
        while (i != stop && i >= 0 && i < n && (t[i].Lex == LexKind.Weekday || (any && IsConnector(i, between: false))))
        {
            if (t[i].Lex == LexKind.Weekday)
            {
                t[i].Sep = PinnedDay;
                t[i].V2 = week.AddDays(((t[i].Value - (int)weekStart) + 7) % 7).DayNumber;
                any = true;
            }

            i += step;
        }

        return any;
    }

    private DateOnly WeekdayDate(in Tok k) =>
        k.Sep == PinnedDay
            ? DateOnly.FromDayNumber(k.V2)
            : CalendarMath.WeekdayOnOrBefore(today, (DayOfWeek)k.Value, strict: false);
}
