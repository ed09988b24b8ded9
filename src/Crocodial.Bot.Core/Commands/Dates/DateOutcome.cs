using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Commands.Dates;

/// <summary>The range a command names: date items combined, then rule D2 (cut at today, or null as future).</summary>
internal readonly record struct DateOutcome(DateRange? Range, RangeReason? Reason, PeriodKind Kind)
{
    public static DateOutcome None => new(null, RangeReason.None, PeriodKind.Other);

    public static DateOutcome Of(List<DateItem> items, DateOnly today)
    {
        DateOnly start = default, end = default;
        var kind = PeriodKind.Other;
        var found = 0;
        foreach (var raw in items)
        {
            if (raw.Kind == ItemKind.PreviousOfOther)
            {
                continue;
            }

            var item = DateCombiner.Resolve(raw, today);
            if (item.Kind != ItemKind.Resolved)
            {
                return new(null, RangeReason.Invalid, PeriodKind.Other);
            }

            start = found == 0 || item.Start < start ? item.Start : start;
            end = found == 0 || item.End > end ? item.End : end;
            kind = found == 0 ? item.Period : PeriodKind.Other;
            found++;
        }

        return found == 0 ? None : Cut(start, end, kind, today);
    }

    public static DateOutcome Cut(DateOnly start, DateOnly end, PeriodKind kind, DateOnly today)
    {
        if (start > today)
        {
            return new(null, RangeReason.Future, kind);
        }

        if (end <= today)
        {
            return new(new DateRange(start, end), null, kind);
        }

        // A calendar period cut at today is compared as a to-date period ("June" asked on 11 June ≈ mtd).
        var toDate = kind switch
        {
            PeriodKind.Week => PeriodKind.WeekToDate,
            PeriodKind.Month => PeriodKind.MonthToDate,
            PeriodKind.Quarter => PeriodKind.QuarterToDate,
            PeriodKind.Half => PeriodKind.HalfToDate,
            PeriodKind.Year => PeriodKind.YearToDate,
            _ => kind,
        };
        return new(new DateRange(start, today), null, toDate);
    }
}
