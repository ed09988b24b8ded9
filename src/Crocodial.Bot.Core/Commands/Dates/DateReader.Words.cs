using Crocodial.Bot.Core.Commands.Text;

namespace Crocodial.Bot.Core.Commands.Dates;

internal sealed partial class DateReader
{
    private bool TryWordLed(int i, int end, out DateItem item, out int next)
    {
        var k = t[i];
        var c = k.Canon;
        next = i + 1;
        item = default;
        switch (c)
        {
            case "today" or "now" when c == "today" || (i > 0 && t[i - 1].Is("to")):
                item = DateItem.OneDay(today);
                return true;
            case "yesterday":
                item = DateItem.OneDay(today.AddDays(-1));
                return true;
            case "tomorrow":
                item = DateItem.OneDay(today.AddDays(1));
                return true;
            case "wtd":
                item = DateItem.Range(_week, today, PeriodKind.WeekToDate);
                return true;
            case "mtd":
                item = ToDate("month");
                return true;
            case "qtd":
                item = ToDate("quarter");
                return true;
            case "htd":
                item = ToDate("half");
                return true;
            case "ytd":
                item = ToDate("year");
                return true;
            case "last" or "this" or "next":
                return TryRelative(i, end, out item, out next);
            case "weekend":
                item = Weekend(0);
                return true;
            case "same" when i + 3 < end && t[i + 1].Is("day") && t[i + 2].Is("last"):
                // "same day last week/month/year": today, one unit back.
                next = i + 4;
                item = t[i + 3].Canon switch
                {
                    "week" => DateItem.OneDay(today.AddDays(-7)),
                    "month" => DateItem.OneDay(today.AddMonths(-1)),
                    "year" => DateItem.OneDay(today.AddYears(-1)),
                    _ => DateItem.Invalid,
                };
                return true;
            case Lexer.WeekCode:
                return TryCodeWithYear(i, end, IsoWeek, out item, out next);
            case Lexer.QuarterCode:
                return TryCodeWithYear(i, end, Quarter, out item, out next);
            case Lexer.HalfCode:
                return TryCodeWithYear(i, end, Half, out item, out next);
            case "day" or "week" or "month" or "quarter" or "year" or "half" or "fortnight":
                return TryUnitLed(i, end, out item, out next);
            default:
                return false;
        }
    }

    private bool TryCodeWithYear(int i, int end, Func<int, int, DateItem> make, out DateItem item, out int next)
    {
        var year = IsYearAt(i + 1, end) ? t[i + 1].Value : 0;
        item = make(t[i].Value, year);
        next = year != 0 ? i + 2 : i + 1;
        return true;
    }

    /// <summary>"week 21 [2025]", "quarter 2", "week to date", "the week before last", "day before yesterday".</summary>
    private bool TryUnitLed(int i, int end, out DateItem item, out int next)
    {
        var unit = t[i].Canon!;
        item = default;
        next = i;
        if (i + 2 < end && t[i + 1].Is("to") && t[i + 2].Is("date"))
        {
            item = unit == "week" ? DateItem.Range(_week, today, PeriodKind.WeekToDate) : ToDate(unit);
            next = i + 3;
            return unit != "day" && unit != "fortnight";
        }

        if (i + 2 < end && t[i + 1].Is("before") && t[i + 2].Is("yesterday") && unit == "day")
        {
            return Take(DateItem.OneDay(today.AddDays(-2)), i + 3, out item, out next);
        }

        if (i + 2 < end && t[i + 1].Is("after") && t[i + 2].Is("tomorrow") && unit == "day")
        {
            return Take(DateItem.OneDay(today.AddDays(2)), i + 3, out item, out next);
        }

        if (i + 2 < end && t[i + 1].Is("before") && t[i + 2].Is("last") && unit != "day")
        {
            return Take(Previous(unit, 2), i + 3, out item, out next);
        }

        if (i + 1 < end && t[i + 1].Is("before") && !(i + 2 < end && t[i + 2].Is("yesterday")))
        {
            // "the week before": only meaningful as the second side of a compare.
            return Take(new DateItem(ItemKind.PreviousOfOther, default, default, PeriodKind.Other, 0, 0, 0),
                i + 2, out item, out next);
        }

        if (unit == "week" && i + 1 < end && (t[i + 1].Lex is LexKind.Month or LexKind.Weekday || t[i + 1].Kind is TokKind.Ordinal
                                               || (t[i + 1].Kind == TokKind.Number && t[i + 1].Parts > 1))
            && TryPoint(i + 1, end, out var day, out var after))
        {
            // "the week of May 19": the week (by the configured week start) that holds that day.
            var resolved = DateCombiner.Resolve(day, today);
            if (resolved.Kind != ItemKind.Resolved || resolved.Start != resolved.End)
            {
                return Take(resolved.Kind == ItemKind.Invalid ? DateItem.Invalid : resolved, after, out item, out next);
            }

            var start = CalendarMath.WeekStart(resolved.Start, weekStart);
            return Take(DateItem.Range(start, start.AddDays(6), PeriodKind.Week), after, out item, out next);
        }

        if ((unit is "week" or "quarter" or "half") && i + 1 < end && t[i + 1].IsNumber && t[i + 1].D1 <= 2)
        {
            var year = IsYearAt(i + 2, end) ? t[i + 2].Value : 0;
            var v = t[i + 1].Value;
            item = unit switch { "week" => IsoWeek(v, year), "quarter" => Quarter(v, year), _ => Half(v, year) };
            next = year != 0 ? i + 3 : i + 2;
            return true;
        }

        return false;
    }

    private DateItem ToDate(string unit) => unit switch
    {
        "month" => DateItem.Range(CalendarMath.MonthStart(today), today, PeriodKind.MonthToDate),
        "quarter" => DateItem.Range(CalendarMath.QuarterStart(today), today, PeriodKind.QuarterToDate),
        "half" => DateItem.Range(CalendarMath.HalfStart(today), today, PeriodKind.HalfToDate),
        "year" => DateItem.Range(new DateOnly(today.Year, 1, 1), today, PeriodKind.YearToDate),
        _ => DateItem.Range(_week, today, PeriodKind.WeekToDate),
    };

    private bool IsUnit(int i) =>
        i < n && (t[i].Is("day") || t[i].Is("week") || t[i].Is("month") || t[i].Is("quarter") || t[i].Is("year")
                  || t[i].Is("fortnight") || t[i].Is("half"));

    /// <summary>"3 days ago" is that day; weeks, months and years ago likewise name a day.</summary>
    private DateItem Ago(int count, string unit)
    {
        if (count < 0 || count > 3660)
        {
            return DateItem.Invalid;
        }

        return unit switch
        {
            "day" => DateItem.OneDay(today.AddDays(-count)),
            "week" => DateItem.OneDay(today.AddDays(-7 * count)),
            "fortnight" => DateItem.OneDay(today.AddDays(-14 * count)),
            "month" when count <= 1200 => DateItem.OneDay(today.AddMonths(-count)),
            "quarter" when count <= 400 => DateItem.OneDay(today.AddMonths(-3 * count)),
            "year" when count <= 100 => DateItem.OneDay(today.AddYears(-count)),
            _ => DateItem.Invalid,
        };
    }

    /// <summary>The weekend (Saturday and Sunday) containing or just before today, shifted by weeks.</summary>
    private DateItem Weekend(int weeksBack)
    {
        var saturday = CalendarMath.WeekdayOnOrBefore(today, DayOfWeek.Saturday, strict: false);
        if (today.DayOfWeek == DayOfWeek.Sunday)
        {
            saturday = today.AddDays(-1);
        }

        saturday = saturday.AddDays(-7 * weeksBack);
        return DateItem.Range(saturday, saturday.AddDays(1));
    }
}
