using Crocodial.Bot.Core.Commands.Text;

namespace Crocodial.Bot.Core.Commands.Dates;

internal sealed partial class DateReader
{
    /// <summary>One date expression at i: a day, a named period, a month with day or year, a week or quarter.</summary>
    private bool TryPoint(int i, int end, out DateItem item, out int next)
    {
        item = default;
        next = i;
        if (i >= end)
        {
            return false;
        }

        var k = t[i];
        return k.Kind switch
        {
            TokKind.Number when k.Parts > 1 => TryNumericDate(i, end, out item, out next),
            TokKind.Number => TryNumberLed(i, end, out item, out next),
            TokKind.Ordinal => TryOrdinalLed(i, end, out item, out next),
            TokKind.Word when k.Lex == LexKind.Month => TryMonthLed(i, end, out item, out next),
            TokKind.Word when k.Lex == LexKind.Weekday => Take(DateItem.OneDay(WeekdayDate(k)), i + 1, out item, out next),
            TokKind.Word => TryWordLed(i, end, out item, out next),
            _ => false,
        };
    }

    private static bool Take(DateItem value, int after, out DateItem item, out int next)
    {
        item = value;
        next = after;
        return true;
    }

    private bool IsYearAt(int i, int end) =>
        i < end && t[i].IsNumber && t[i].D1 == 4 && CalendarMath.IsYear(t[i].Value);

    private bool TryNumberLed(int i, int end, out DateItem item, out int next)
    {
        var v = t[i].Value;
        if (IsYearAt(i, end))
        {
            var j = i + 1 < end && t[i + 1].Is("-") && !t[i + 1].SpaceBefore ? i + 2 : i + 1;
            if (j < end && t[j].Is(Lexer.WeekCode))
            {
                return Take(IsoWeek(t[j].Value, v), j + 1, out item, out next);
            }

            if (j < end && t[j].Is(Lexer.QuarterCode))
            {
                return Take(Quarter(t[j].Value, v), j + 1, out item, out next);
            }

            if (j < end && t[j].Is(Lexer.HalfCode))
            {
                return Take(Half(t[j].Value, v), j + 1, out item, out next);
            }

            return Take(YearItem(v), i + 1, out item, out next);
        }

        if (i + 1 < end && t[i + 1].Lex == LexKind.Month)
        {
            return TryDayMonth(v, i + 1, end, out item, out next);
        }

        if (i + 2 < end && t[i + 2].Is("ago") && IsUnit(i + 1))
        {
            return Take(Ago(v, t[i + 1].Canon!), i + 3, out item, out next);
        }

        item = default;
        next = i;
        return false;
    }

    private bool TryOrdinalLed(int i, int end, out DateItem item, out int next)
    {
        var v = t[i].Value;
        if (i + 1 < end && t[i + 1].Lex == LexKind.Month)
        {
            return TryDayMonth(v, i + 1, end, out item, out next);
        }

        if (i + 1 < end && (t[i + 1].Is("quarter") || t[i + 1].Is("half")))
        {
            var year = IsYearAt(i + 2, end) ? t[i + 2].Value : 0;
            var value = t[i + 1].Is("quarter") ? Quarter(v, year) : Half(v, year);
            return Take(value, year != 0 ? i + 3 : i + 2, out item, out next);
        }

        // A word ordinal ("first") is a day of month only where a date is expected ("since the first").
        var wordForm = t[i].D1 == 0;
        if (wordForm && !(i > 0 && (t[i - 1].Is("since") || t[i - 1].Is("from") || t[i - 1].Is("between")
                                    || t[i - 1].Is("to") || t[i - 1].Is("and") || t[i - 1].Is("on"))))
        {
            item = default;
            next = i;
            return false;
        }

        return Take(v is >= 1 and <= 31 ? DateItem.Partial(v, 0, 0) : DateItem.Invalid, i + 1, out item, out next);
    }

    /// <summary>Day then month ("20 May 2025", "3rd of June"); the day was read at the token before m.</summary>
    private bool TryDayMonth(int day, int m, int end, out DateItem item, out int next)
    {
        var month = t[m].Value;
        var year = IsYearAt(m + 1, end) ? t[m + 1].Value : 0;
        next = year != 0 ? m + 2 : m + 1;
        item = day is >= 1 and <= 31 ? DateItem.Partial(day, month, year) : DateItem.Invalid;
        return true;
    }

    private bool TryMonthLed(int i, int end, out DateItem item, out int next)
    {
        var month = t[i].Value;
        var j = i + 1;
        if (j < end && (t[j].Kind == TokKind.Ordinal || (t[j].IsNumber && t[j].D1 is 1 or 2)))
        {
            var day = t[j].Value;
            var year = IsYearAt(j + 1, end) ? t[j + 1].Value : 0;
            next = year != 0 ? j + 2 : j + 1;
            item = day is >= 1 and <= 31 ? DateItem.Partial(day, month, year) : DateItem.Invalid;
            return true;
        }

        if (j < end && t[j].Kind == TokKind.Number && t[j].Parts == 2 && t[j].Sep == '-' && t[j].D1 <= 2)
        {
            // "May 20-30 [2024]": a range of days in one month.
            var year = IsYearAt(j + 1, end) ? t[j + 1].Value : 0;
            next = year != 0 ? j + 2 : j + 1;
            item = DateCombiner.Between(
                DateItem.Partial(t[j].Value, month, year), DateItem.Partial(t[j].V2, month, year), today);
            return true;
        }

        if (IsYearAt(j, end))
        {
            return Take(DateItem.Partial(0, month, t[j].Value), j + 1, out item, out next);
        }

        if (j + 1 < end && (t[j].Is("this") || t[j].Is("last") || t[j].Is("next")) && t[j + 1].Is("year"))
        {
            // "May last year", "March this year".
            var year = today.Year + (t[j].Is("last") ? -1 : t[j].Is("next") ? 1 : 0);
            return Take(DateItem.Partial(0, month, year), j + 2, out item, out next);
        }

        return Take(DateItem.Partial(0, month, 0), j, out item, out next);
    }

    private static DateItem YearItem(int year) =>
        DateItem.Range(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), PeriodKind.Year);

    private DateItem IsoWeek(int week, int year)
    {
        if (year != 0)
        {
            return CalendarMath.TryIsoWeek(year, week, out var monday)
                ? DateItem.Range(monday, monday.AddDays(6), PeriodKind.Week)
                : DateItem.Invalid;
        }

        // D4 / D9.7: this calendar year's week N if it has started, else last year's; never further back.
        for (var y = today.Year; y >= today.Year - 1; y--)
        {
            if (CalendarMath.TryIsoWeek(y, week, out var monday) && monday <= today)
            {
                return DateItem.Range(monday, monday.AddDays(6), PeriodKind.Week);
            }
        }

        return DateItem.Invalid;
    }

    private DateItem Quarter(int q, int year)
    {
        if (q is < 1 or > 4 || (year != 0 && !CalendarMath.IsYear(year)))
        {
            return DateItem.Invalid;
        }

        var y = year != 0 ? year : (q - 1) * 3 + 1 <= today.Month ? today.Year : today.Year - 1;
        var start = new DateOnly(y, ((q - 1) * 3) + 1, 1);
        return DateItem.Range(start, start.AddMonths(3).AddDays(-1), PeriodKind.Quarter);
    }

    private DateItem Half(int h, int year)
    {
        if (h is < 1 or > 2 || (year != 0 && !CalendarMath.IsYear(year)))
        {
            return DateItem.Invalid;
        }

        var y = year != 0 ? year : (h == 1 || today.Month >= 7 ? today.Year : today.Year - 1);
        var start = new DateOnly(y, h == 1 ? 1 : 7, 1);
        return DateItem.Range(start, start.AddMonths(6).AddDays(-1), PeriodKind.Half);
    }
}
