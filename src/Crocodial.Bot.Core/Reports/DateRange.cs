namespace Crocodial.Bot.Core.Reports;

/// <summary>An inclusive range of call-centre days, <c>From &lt;= To</c>.</summary>
public readonly record struct DateRange
{
    public DateRange(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            (from, to) = (to, from);
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public int Days => To.DayNumber - From.DayNumber + 1;

    public static DateRange Day(DateOnly day) => new(day, day);

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>The equally long range that ends the day before this one starts.</summary>
    public DateRange PreviousOfSameLength() => new(From.AddDays(-Days), From.AddDays(-1));

    public IEnumerable<DateOnly> EachDay()
    {
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    public override string ToString() => $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
}
