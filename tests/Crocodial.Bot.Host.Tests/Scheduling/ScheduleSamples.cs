using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Host.Tests.Scheduling;

internal static class ScheduleSamples
{
    public static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static Subscription Daily(string zone, int hour, int minute, DateTimeOffset? createdAt = null, IReadOnlyList<DayOfWeek>? days = null) => new()
    {
        Id = 7,
        Channel = SubscriptionChannel.ForSlack("T1", "C1"),
        Tenants = ["TTY"],
        Days = days ?? NewSubscription.NormalizeDays([]),
        Time = new TimeOnly(hour, minute),
        Zone = zone,
        CreatedBy = "U1",
        CreatedAt = createdAt ?? new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    public static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
