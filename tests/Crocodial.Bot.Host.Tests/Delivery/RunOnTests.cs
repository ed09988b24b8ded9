using Crocodial.Bot.Host.Scheduling;
using Crocodial.Bot.Host.Tests.Scheduling;

namespace Crocodial.Bot.Host.Tests.Delivery;

/// <summary>The run a taken-over claim belongs to, rebuilt from its local date.</summary>
public sealed class RunOnTests
{
    [Fact]
    public void RunOn_WinterDay_IsThePostingTimeInTheZone()
    {
        var run = SubscriptionSchedule.RunOn(ScheduleSamples.Daily("Europe/Madrid", 8, 0), new DateOnly(2025, 12, 3));

        Assert.Equal(new ScheduledRun(new DateOnly(2025, 12, 3), ScheduleSamples.Utc("2025-12-03T07:00:00Z")), run);
    }

    [Fact]
    public void RunOn_TimeInTheSpringForwardGap_IsTheFirstValidMinuteAfterIt()
    {
        var run = SubscriptionSchedule.RunOn(ScheduleSamples.Daily("Europe/Madrid", 2, 30), new DateOnly(2025, 3, 30));

        Assert.Equal(new ScheduledRun(new DateOnly(2025, 3, 30), ScheduleSamples.Utc("2025-03-30T01:00:00Z")), run);
    }

    [Fact]
    public void RunOn_FarEastAndFarWestZones_FindTheirOwnDay()
    {
        Assert.Equal(ScheduleSamples.Utc("2025-12-02T17:45:00Z"), SubscriptionSchedule.RunOn(ScheduleSamples.Daily("Pacific/Kiritimati", 7, 45), new DateOnly(2025, 12, 3))!.At);
        Assert.Equal(ScheduleSamples.Utc("2025-12-04T09:30:00Z"), SubscriptionSchedule.RunOn(ScheduleSamples.Daily("Pacific/Pago_Pago", 22, 30), new DateOnly(2025, 12, 3))!.At);
    }

    [Fact]
    public void RunOn_DayWithoutAPost_IsNull()
    {
        var weekdays = ScheduleSamples.Daily("Europe/Madrid", 8, 0, days: ScheduleSamples.Weekdays);

        Assert.Null(SubscriptionSchedule.RunOn(weekdays, new DateOnly(2025, 12, 6)));
    }
}
