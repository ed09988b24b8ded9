namespace Crocodial.Bot.Core.Commands;

/// <summary>
/// The kind of period a range was named as; it decides the "previous period" of compare (commands.md §6).
/// Calendar kinds (week, month, quarter, half, year) may span several units ("last 3 months").
/// </summary>
public enum PeriodKind
{
    /// <summary>Any other range: its previous period is the equally long range just before it.</summary>
    Other,
    Week,
    Month,
    Quarter,
    Half,
    Year,
    WeekToDate,
    MonthToDate,
    QuarterToDate,
    HalfToDate,
    YearToDate,
}
