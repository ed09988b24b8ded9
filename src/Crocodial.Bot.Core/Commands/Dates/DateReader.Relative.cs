using Crocodial.Bot.Core.Commands.Text;

namespace Crocodial.Bot.Core.Commands.Dates;

internal sealed partial class DateReader
{
    private const int MaxDays = 36_600;

    /// <summary>"last/past/previous …", "this …", "next …" (rules D3–D6; "next" gives future ranges, D2.2).</summary>
    private bool TryRelative(int i, int end, out DateItem item, out int next)
    {
        var mode = t[i].Canon!;
        var j = i + 1;
        if (mode == "this" && j < end && t[j].Is("last"))
        {
            // "this past week" = "last week".
            mode = "last";
            j++;
        }

        item = default;
        next = j;
        if (j >= end)
        {
            return false;
        }

        var w = t[j];
        if (mode == "last" && w.IsNumber && j + 1 < end && t[j + 1].Is("hour"))
        {
            // "last 24 hours" is not a calendar unit: the days it touches, today included.
            next = j + 2;
            item = w.Value is >= 1 and <= 8760
                ? DateItem.Range(today.AddDays(-((w.Value + 23) / 24)), today)
                : DateItem.Invalid;
            return true;
        }

        if (w.IsNumber && w.D1 != 4 && j + 1 < end && IsUnit(j + 1) && mode != "this")
        {
            next = j + 2;
            item = mode == "last" ? LastCount(w.Value, t[j + 1].Canon!) : NextCount(w.Value, t[j + 1].Canon!);
            return true;
        }

        next = j + 1;
        if (w.Lex == LexKind.Weekday)
        {
            var day = (DayOfWeek)w.Value;
            item = DateItem.OneDay(mode switch
            {
                "last" => CalendarMath.WeekdayOnOrBefore(today, day, strict: true),
                "this" => _week.AddDays(((int)day - (int)weekStart + 7) % 7),
                _ => CalendarMath.WeekdayOnOrBefore(today, day, strict: true).AddDays(7),
            });
            return true;
        }

        if (w.Lex == LexKind.Month)
        {
            var m = w.Value;
            var year = mode switch
            {
                "last" => m < today.Month ? today.Year : today.Year - 1,
                "this" => today.Year,
                _ => m > today.Month ? today.Year : today.Year + 1,
            };
            item = DateItem.Range(new DateOnly(year, m, 1), CalendarMath.MonthEnd(year, m), PeriodKind.Month);
            return true;
        }

        item = (mode, w.Canon) switch
        {
            ("this", "morning") or ("this", "day") => DateItem.OneDay(today),
            ("last", "night") => DateItem.OneDay(today.AddDays(-1)),
            ("this", "weekend") => Weekend(0),
            ("last", "weekend") => today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? Weekend(1) : Weekend(0),
            ("next", "weekend") => DateItem.Range(Weekend(0).Start.AddDays(7), Weekend(0).End.AddDays(7)),
            ("this", "week") => ToDate("week"),
            ("this", "month" or "quarter" or "half" or "year") => ToDate(w.Canon!),
            ("last", "day") => DateItem.OneDay(today.AddDays(-1)),
            ("next", "day") => DateItem.OneDay(today.AddDays(1)),
            ("last", "fortnight") => LastCount(14, "day"),
            ("next", "fortnight") => NextCount(14, "day"),
            ("last", "week" or "month" or "quarter" or "half" or "year") => Previous(w.Canon!, 1),
            ("next", "week" or "month" or "quarter" or "half" or "year") => Previous(w.Canon!, -1),
            _ => default,
        };
        return item.Kind != ItemKind.Resolved || item.End != default;
    }

    /// <summary>The full period <paramref name="back"/> units before the current one (negative: after it).</summary>
    private DateItem Previous(string unit, int back)
    {
        switch (unit)
        {
            case "week":
                var start = _week.AddDays(-7 * back);
                return DateItem.Range(start, start.AddDays(6), PeriodKind.Week);
            case "day":
                return DateItem.OneDay(today.AddDays(-back));
            case "fortnight":
                return LastCount(14 * back, "day");
        }

        var (months, kind, first) = unit switch
        {
            "month" => (1, PeriodKind.Month, CalendarMath.MonthStart(today)),
            "quarter" => (3, PeriodKind.Quarter, CalendarMath.QuarterStart(today)),
            "half" => (6, PeriodKind.Half, CalendarMath.HalfStart(today)),
            _ => (12, PeriodKind.Year, new DateOnly(today.Year, 1, 1)),
        };
        var from = first.AddMonths(-months * back);
        return DateItem.Range(from, from.AddMonths(months).AddDays(-1), kind);
    }

    /// <summary>"last N days" = [T-N, T-1]; "last N weeks" = [W-7N, W-1]; months, quarters, years: full ones.</summary>
    private DateItem LastCount(int count, string unit)
    {
        var (days, months) = Size(unit);
        if (count < 1 || (long)count * Math.Max(days, months * 31) > MaxDays)
        {
            return DateItem.Invalid;
        }

        if (unit == "week")
        {
            return DateItem.Range(_week.AddDays(-7 * count), _week.AddDays(-1), PeriodKind.Week);
        }

        if (days > 0)
        {
            return DateItem.Range(today.AddDays(-days * count), today.AddDays(-1));
        }

        var current = Previous(unit, 0);
        var from = current.Start.AddMonths(-months * count);
        return DateItem.Range(from, current.Start.AddDays(-1), current.Period);
    }

    private DateItem NextCount(int count, string unit)
    {
        var (days, months) = Size(unit);
        if (count < 1 || (long)count * Math.Max(days, months * 31) > MaxDays)
        {
            return DateItem.Invalid;
        }

        if (days > 0)
        {
            return DateItem.Range(today.AddDays(1), today.AddDays(days * count));
        }

        var after = Previous(unit, -1);
        return DateItem.Range(after.Start, after.Start.AddMonths(months * count).AddDays(-1), after.Period);
    }

    private static (int Days, int Months) Size(string unit) => unit switch
    {
        "day" => (1, 0),
        "week" => (7, 0),
        "fortnight" => (14, 0),
        "month" => (0, 1),
        "quarter" => (0, 3),
        "half" => (0, 6),
        _ => (0, 12),
    };
}
