namespace Crocodial.Bot.Core.Commands.Dates;

internal enum ItemKind : byte
{
    /// <summary>Start and End are known (not yet cut at today).</summary>
    Resolved,

    /// <summary>Day (0 = month only), Month (0 = day only) and Year (0 = none) as written, for rule D8.1.</summary>
    Partial,
    Invalid,

    /// <summary>"the week before", "previous period": the period before the other side of a compare.</summary>
    PreviousOfOther,
}

/// <summary>One date expression as read, before ranges are combined and cut at today.</summary>
internal readonly record struct DateItem(
    ItemKind Kind, DateOnly Start, DateOnly End, PeriodKind Period, int Day, int Month, int Year)
{
    public static DateItem Invalid => new(ItemKind.Invalid, default, default, PeriodKind.Other, 0, 0, 0);

    public static DateItem Range(DateOnly start, DateOnly end, PeriodKind period = PeriodKind.Other) =>
        start <= end
            ? new(ItemKind.Resolved, start, end, period, 0, 0, 0)
            : new(ItemKind.Resolved, end, start, period, 0, 0, 0);

    public static DateItem OneDay(DateOnly day) => Range(day, day);

    public static DateItem Partial(int day, int month, int year) =>
        new(ItemKind.Partial, default, default, PeriodKind.Other, day, month, year);
}
