using Crocodial.Bot.Core.Commands.Text;

namespace Crocodial.Bot.Core.Commands.Dates;

internal sealed partial class DateReader
{
    /// <summary>
    /// Numbers joined by a separator (rule D9.1–D9.2): ISO year first, else day first, month first only when
    /// day first is impossible; "2025-05" is a month; "20-30" is a range of days only beside a month name.
    /// </summary>
    private bool TryNumericDate(int i, int end, out DateItem item, out int next)
    {
        var k = t[i];
        next = i + 1;
        item = DateItem.Invalid;
        if (k.Sep == ':')
        {
            return false;
        }

        if (k.Parts == 3)
        {
            item = k.D1 == 4 ? Exact(k.Value, k.V2, k.V3) : DayFirst(k.Value, k.V2, YearOf(k.V3, k.D3));
            return true;
        }

        if (k.D1 == 4 && k.D2 == 4 && k.Parts == 2)
        {
            // "2024-2025", "2024/2025": whole years.
            item = CalendarMath.IsYear(k.Value) && CalendarMath.IsYear(k.V2)
                ? DateItem.Range(new DateOnly(Math.Min(k.Value, k.V2), 1, 1), new DateOnly(Math.Max(k.Value, k.V2), 12, 31), PeriodKind.Year)
                : DateItem.Invalid;
            return true;
        }

        if (k.D1 == 4 && k.D2 <= 2)
        {
            item = Month(k.V2, k.Value);
            return true;
        }

        if (k.D2 == 4 && k.D1 <= 2)
        {
            item = Month(k.Value, k.V2);
            return true;
        }

        if (k.Sep == '-')
        {
            if (i + 1 < end && t[i + 1].Lex == LexKind.Month && k.D1 <= 2 && k.D2 <= 2)
            {
                // "20-30 May [2024]"
                var month = t[i + 1].Value;
                var year = IsYearAt(i + 2, end) ? t[i + 2].Value : 0;
                next = year != 0 ? i + 3 : i + 2;
                item = DateCombiner.Between(
                    DateItem.Partial(k.Value, month, year), DateItem.Partial(k.V2, month, year), today);
                return true;
            }

            // A bare "5-6" is not a date (D9.7).
            return false;
        }

        item = DayFirst(k.Value, k.V2, 0);
        return true;
    }

    private static int YearOf(int value, int digits) => digits switch
    {
        2 => 2000 + value,
        4 => value,
        _ => -1,
    };

    private static DateItem Exact(int year, int month, int day) =>
        CalendarMath.IsValid(year, month, day) ? DateItem.Partial(day, month, year) : DateItem.Invalid;

    private static DateItem Month(int month, int year) =>
        month is >= 1 and <= 12 && CalendarMath.IsYear(year) ? DateItem.Partial(0, month, year) : DateItem.Invalid;

    /// <summary>Day first; month first only when day first is impossible and month first is possible.</summary>
    private static DateItem DayFirst(int a, int b, int year)
    {
        if (year < 0 || (year != 0 && !CalendarMath.IsYear(year)))
        {
            return DateItem.Invalid;
        }

        bool Fits(int day, int month) =>
            year == 0 ? CalendarMath.CanExist(month, day) : CalendarMath.IsValid(year, month, day);

        if (Fits(a, b))
        {
            return DateItem.Partial(a, b, year);
        }

        // "31/04/2025" cannot be read either way; "04/31/2025" month first is also impossible: invalid.
        return b > 12 && Fits(b, a) ? DateItem.Partial(b, a, year) : DateItem.Invalid;
    }
}
