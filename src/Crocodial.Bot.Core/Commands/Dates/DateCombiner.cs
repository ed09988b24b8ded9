namespace Crocodial.Bot.Core.Commands.Dates;

/// <summary>Resolves partial dates (rule D6) and the two ends of an explicit range (rule D8).</summary>
internal static class DateCombiner
{
    /// <summary>A partial date on its own: the most recent such day or month on or before today.</summary>
    public static DateItem Resolve(DateItem p, DateOnly today)
    {
        if (p.Kind != ItemKind.Partial)
        {
            return p;
        }

        if (p.Month == 0)
        {
            return DayOfMonth(p.Day, today);
        }

        if (p.Day == 0)
        {
            var year = p.Year != 0 ? p.Year : p.Month <= today.Month ? today.Year : today.Year - 1;
            return CalendarMath.IsYear(year)
                ? DateItem.Range(new DateOnly(year, p.Month, 1), CalendarMath.MonthEnd(year, p.Month), PeriodKind.Month)
                : DateItem.Invalid;
        }

        if (p.Year != 0)
        {
            return CalendarMath.IsValid(p.Year, p.Month, p.Day)
                ? DateItem.OneDay(new DateOnly(p.Year, p.Month, p.Day))
                : DateItem.Invalid;
        }

        if (!CalendarMath.CanExist(p.Month, p.Day))
        {
            return DateItem.Invalid;
        }

        var recent = CalendarMath.RecentYear(p.Month, p.Day, today);
        return recent == 0 ? DateItem.Invalid : DateItem.OneDay(new DateOnly(recent, p.Month, p.Day));
    }

    /// <summary>"the 5th": this month if already reached, else last month; null when that month lacks the day (D9.7).</summary>
    public static DateItem DayOfMonth(int day, DateOnly today)
    {
        if (day < 1 || day > 31)
        {
            return DateItem.Invalid;
        }

        if (day <= today.Day)
        {
            return DateItem.OneDay(new DateOnly(today.Year, today.Month, day));
        }

        var prev = today.AddMonths(-1);
        return day <= DateTime.DaysInMonth(prev.Year, prev.Month)
            ? DateItem.OneDay(new DateOnly(prev.Year, prev.Month, day))
            : DateItem.Invalid;
    }

    /// <summary>The two ends of "from A to B" (rule D8): shared month and year, year-end crossing, reversal.</summary>
    public static DateItem Between(DateItem a, DateItem b, DateOnly today)
    {
        if (a.Kind == ItemKind.Invalid || b.Kind == ItemKind.Invalid)
        {
            return DateItem.Invalid;
        }

        if (a.Kind == ItemKind.Partial && b.Kind == ItemKind.Partial)
        {
            return BetweenPartials(a, b, today);
        }

        var ra = Resolve(a, today);
        var rb = Resolve(b, today);
        if (ra.Kind != ItemKind.Resolved || rb.Kind != ItemKind.Resolved)
        {
            return DateItem.Invalid;
        }

        var start = ra.Start <= rb.Start ? ra.Start : rb.Start;
        var end = ra.End >= rb.End ? ra.End : rb.End;
        return DateItem.Range(start, end, ra.Period == rb.Period ? ra.Period : PeriodKind.Other);
    }

    private static DateItem BetweenPartials(DateItem a, DateItem b, DateOnly today)
    {
        // Shared month: "1-15 June", "from the 1st to the 10th of April", "May 20 to 30".
        if (a.Month == 0 && b.Month != 0)
        {
            a = a with { Month = b.Month, Year = a.Year != 0 ? a.Year : b.Year };
        }
        else if (b.Month == 0 && a.Month != 0)
        {
            b = b with { Month = a.Month, Year = b.Year != 0 ? b.Year : a.Year };
        }
        else if (a.Month == 0 && b.Month == 0)
        {
            var first = DayOfMonth(a.Day, today);
            if (first.Kind != ItemKind.Resolved)
            {
                return DateItem.Invalid;
            }

            a = a with { Month = first.Start.Month, Year = first.Start.Year };
            b = b with { Month = a.Month, Year = a.Year };
        }

        var (ya, yb) = Years(a, b, today);
        if (!CalendarMath.IsYear(ya) || !CalendarMath.IsYear(yb))
        {
            return DateItem.Invalid;
        }

        var ra = Resolve(a with { Year = ya }, today);
        var rb = Resolve(b with { Year = yb }, today);
        if (ra.Kind != ItemKind.Resolved || rb.Kind != ItemKind.Resolved)
        {
            return DateItem.Invalid;
        }

        var period = a.Day == 0 && b.Day == 0 ? PeriodKind.Month : PeriodKind.Other;
        return ra.Start <= rb.Start
            ? DateItem.Range(ra.Start, rb.End, period)
            : DateItem.Range(rb.Start, ra.End, period);
    }

    private static (int A, int B) Years(DateItem a, DateItem b, DateOnly today)
    {
        // An end in an earlier month crosses a year end; an earlier day in the same month is a reversal (D8.2).
        var crosses = b.Month < a.Month;
        if (a.Year != 0 && b.Year != 0)
        {
            return (a.Year, b.Year);
        }

        if (a.Year != 0)
        {
            return (a.Year, crosses ? a.Year + 1 : a.Year);
        }

        if (b.Year != 0)
        {
            return (crosses ? b.Year - 1 : b.Year, b.Year);
        }

        var start = a.Day == 0
            ? (a.Month <= today.Month ? today.Year : today.Year - 1)
            : CalendarMath.RecentYear(a.Month, a.Day, today);
        if (start == 0)
        {
            // 30 February and the like: no year makes the start valid.
            return (0, 0);
        }

        return (start, crosses ? start + 1 : start);
    }
}
