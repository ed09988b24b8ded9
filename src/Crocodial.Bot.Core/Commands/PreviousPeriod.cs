using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Commands;

/// <summary>
/// The period a range is compared with when the user names only one, or presses "previous period" (commands.md §6).
/// </summary>
public static class PreviousPeriod
{
    /// <summary>
    /// Calendar periods (weeks, months, quarters, halves, years, possibly several) give the same number of
    /// periods just before; to-date forms give as many days from the start of the previous period, never
    /// spilling past its end (mtd on 31 March ↔ 1–28 February); anything else the equally long range before.
    /// </summary>
    public static DateRange For(DateRange range, PeriodKind kind)
    {
        var from = range.From;
        switch (kind)
        {
            case PeriodKind.Month or PeriodKind.Quarter or PeriodKind.Half or PeriodKind.Year
                when from.Day == 1 && range.To.AddDays(1).Day == 1 && from.Year > 1:
                var months = ((range.To.Year - from.Year) * 12) + range.To.Month - from.Month + 1;
                return new DateRange(from.AddMonths(-months), from.AddDays(-1));
            case PeriodKind.WeekToDate:
                return ToDate(range, from.AddDays(-7));
            case PeriodKind.MonthToDate or PeriodKind.QuarterToDate or PeriodKind.HalfToDate or PeriodKind.YearToDate
                when from.Year > 1:
                var unit = kind switch
                {
                    PeriodKind.MonthToDate => 1,
                    PeriodKind.QuarterToDate => 3,
                    PeriodKind.HalfToDate => 6,
                    _ => 12,
                };
                return ToDate(range, from.AddMonths(-unit));
            default:
                return from.DayNumber >= range.Days ? range.PreviousOfSameLength() : range;
        }
    }

    /// <summary>The previous period of a parsed command's range, or null when it has none.</summary>
    public static DateRange? For(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Range is { } range ? For(range, command.RangeKind) : null;
    }

    private static DateRange ToDate(DateRange range, DateOnly previousStart)
    {
        var end = previousStart.AddDays(range.Days - 1);
        var limit = range.From.AddDays(-1);
        return new DateRange(previousStart, end < limit ? end : limit);
    }
}
