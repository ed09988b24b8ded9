using System.Globalization;
using Crocodial.Bot.Core.Subscriptions;
using Cronos;

namespace Crocodial.Bot.Host.Scheduling;

/// <summary>
/// When a subscription posts, as pure functions of an instant. Cronos does the calendar and daylight-saving
/// arithmetic, and its rules are DECISIONS §2's: a time in a spring-forward gap fires at the first valid moment
/// after it (02:30 on a 02:00→03:00 night posts at 03:00), and a time in an autumn overlap fires once, at its
/// first occurrence.
/// </summary>
internal static class SubscriptionSchedule
{
    /// <summary>A run handled later than this after its time is flagged late.</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(5);

    /// <summary>How far back missed runs are looked for (and recorded) after a long stop.</summary>
    public static readonly TimeSpan MissedLookBack = TimeSpan.FromDays(31);

    public static CronExpression Cron(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var days = subscription.Days.Count == 0 ? "*" : string.Join(',', subscription.Days.Select(d => ((int)d).ToString(CultureInfo.InvariantCulture)));
        return CronExpression.Parse(string.Create(CultureInfo.InvariantCulture, $"{subscription.Time.Minute} {subscription.Time.Hour} * * {days}"));
    }

    public static TimeZoneInfo Zone(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return TimeZoneInfo.FindSystemTimeZoneById(subscription.Zone);
    }

    /// <summary>The first run strictly after <paramref name="after"/> (the listing's "next run").</summary>
    public static ScheduledRun? NextRun(Subscription subscription, DateTimeOffset after)
    {
        var zone = Zone(subscription);
        return Cron(subscription).GetNextOccurrence(after, zone) is { } at ? ToRun(subscription, at, zone) : null;
    }

    public static ScheduledRun? NextRun(Subscription subscription, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return NextRun(subscription, time.GetUtcNow());
    }

    /// <summary>The day a run belongs to: its local date, or the day before when a gap pushed it past midnight.</summary>
    public static DateOnly LocalDateOf(Subscription subscription, DateTimeOffset at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        return TimeOnly.FromDateTime(local.DateTime) < subscription.Time ? date.AddDays(-1) : date;
    }

    /// <summary>
    /// The runs at or before <paramref name="now"/> not yet recorded: after <paramref name="lastRecorded"/> (the
    /// latest local date in the delivery records) and after the subscription was created. Within
    /// <paramref name="catchUpWindow"/> the latest run is posted (late when it is more than <see cref="LateAfter"/>
    /// old); every earlier one is missed, so a restart never floods a channel with the same "yesterday".
    /// </summary>
    public static IReadOnlyList<DueRun> DueRuns(Subscription subscription, DateOnly? lastRecorded, DateTimeOffset now, TimeSpan catchUpWindow)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var zone = Zone(subscription);
        var start = Max(subscription.CreatedAt, now - MissedLookBack);
        if (lastRecorded is { } last)
        {
            // Local midnight of the last recorded day is at most 14 h before the same wall time in UTC.
            start = Max(start, new DateTimeOffset(last.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-15));
        }

        if (start >= now)
        {
            return [];
        }

        var runs = Cron(subscription)
            .GetOccurrences(start, now, zone, fromInclusive: false, toInclusive: true)
            .Select(at => ToRun(subscription, at, zone))
            .Where(run => lastRecorded is not { } last || run.LocalDate > last)
            .ToList();

        var due = new List<DueRun>(runs.Count);
        for (var i = 0; i < runs.Count; i++)
        {
            var age = now - runs[i].At;
            var timing = i < runs.Count - 1 || age > catchUpWindow ? RunTiming.Missed
                : age > LateAfter ? RunTiming.Late
                : RunTiming.OnTime;
            due.Add(new DueRun(runs[i], timing));
        }

        return due;
    }

    public static IReadOnlyList<DueRun> DueRuns(Subscription subscription, DateOnly? lastRecorded, TimeProvider time, TimeSpan catchUpWindow)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DueRuns(subscription, lastRecorded, time.GetUtcNow(), catchUpWindow);
    }

    /// <summary>
    /// The run that belongs to <paramref name="localDate"/> (for a claim taken over from a stopped instance), or null
    /// when the subscription does not post that day.
    /// </summary>
    public static ScheduledRun? RunOn(Subscription subscription, DateOnly localDate)
    {
        var zone = Zone(subscription);
        var from = new DateTimeOffset(localDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-15);
        foreach (var at in Cron(subscription).GetOccurrences(from, from.AddDays(3), zone, fromInclusive: true, toInclusive: false))
        {
            var run = ToRun(subscription, at, zone);
            if (run.LocalDate >= localDate)
            {
                return run.LocalDate == localDate ? run : null;
            }
        }

        return null;
    }

    private static ScheduledRun ToRun(Subscription subscription, DateTimeOffset at, TimeZoneInfo zone) =>
        new(LocalDateOf(subscription, at, zone), at.ToUniversalTime());

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
