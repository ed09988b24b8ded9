using Crocodial.Bot.Host.Scheduling;
using static Crocodial.Bot.Host.Tests.Scheduling.ScheduleSamples;

namespace Crocodial.Bot.Host.Tests.Scheduling;

public class SubscriptionScheduleTests
{
    [Theory]
    // Europe/Madrid spring forward, 2025-03-30 02:00 CET -> 03:00 CEST: 02:30 does not exist, posts at 03:00 CEST.
    [InlineData("Europe/Madrid", 2, 30, "2025-03-29T12:00Z", "2025-03-30", "2025-03-30T03:00+02:00")]
    [InlineData("Europe/Madrid", 2, 30, "2025-03-30T01:00Z", "2025-03-31", "2025-03-31T02:30+02:00")]
    [InlineData("Europe/Madrid", 2, 0, "2025-03-29T12:00Z", "2025-03-30", "2025-03-30T03:00+02:00")]
    [InlineData("Europe/Madrid", 2, 59, "2025-03-29T12:00Z", "2025-03-30", "2025-03-30T03:00+02:00")]
    [InlineData("Europe/Madrid", 8, 0, "2025-03-29T12:00Z", "2025-03-30", "2025-03-30T08:00+02:00")]
    // Europe/Madrid autumn overlap, 2025-10-26 03:00 CEST -> 02:00 CET: 02:30 happens twice, posts at the first only.
    [InlineData("Europe/Madrid", 2, 30, "2025-10-25T12:00Z", "2025-10-26", "2025-10-26T02:30+02:00")]
    [InlineData("Europe/Madrid", 2, 30, "2025-10-26T00:30Z", "2025-10-27", "2025-10-27T02:30+01:00")]
    [InlineData("Europe/Madrid", 8, 0, "2025-10-25T12:00Z", "2025-10-26", "2025-10-26T08:00+01:00")]
    // America/New_York: gap 2025-03-09 02:00 -> 03:00; overlap 2025-11-02 01:00-02:00.
    [InlineData("America/New_York", 2, 30, "2025-03-08T12:00Z", "2025-03-09", "2025-03-09T03:00-04:00")]
    [InlineData("America/New_York", 8, 0, "2025-03-08T12:00Z", "2025-03-08", "2025-03-08T08:00-05:00")]
    [InlineData("America/New_York", 8, 0, "2025-03-08T14:00Z", "2025-03-09", "2025-03-09T08:00-04:00")]
    [InlineData("America/New_York", 1, 30, "2025-11-01T12:00Z", "2025-11-02", "2025-11-02T01:30-04:00")]
    [InlineData("America/New_York", 1, 30, "2025-11-02T05:30Z", "2025-11-03", "2025-11-03T01:30-05:00")]
    // Australia/Sydney: overlap 2025-04-06 03:00 AEDT -> 02:00 AEST; gap 2025-10-05 02:00 -> 03:00.
    [InlineData("Australia/Sydney", 2, 30, "2025-04-05T00:00Z", "2025-04-06", "2025-04-06T02:30+11:00")]
    [InlineData("Australia/Sydney", 2, 30, "2025-04-05T15:30Z", "2025-04-07", "2025-04-07T02:30+10:00")]
    [InlineData("Australia/Sydney", 2, 30, "2025-10-04T00:00Z", "2025-10-05", "2025-10-05T03:00+11:00")]
    [InlineData("Australia/Sydney", 7, 0, "2025-12-31T12:00Z", "2026-01-01", "2026-01-01T07:00+11:00")]
    // No daylight saving: Asia/Kolkata (+05:30) and UTC.
    [InlineData("Asia/Kolkata", 7, 30, "2025-03-29T12:00Z", "2025-03-30", "2025-03-30T07:30+05:30")]
    [InlineData("Asia/Kolkata", 0, 0, "2025-12-31T18:00Z", "2026-01-01", "2026-01-01T00:00+05:30")]
    [InlineData("UTC", 8, 0, "2025-12-31T08:00Z", "2026-01-01", "2026-01-01T08:00Z")]
    [InlineData("UTC", 8, 0, "2025-12-31T07:59Z", "2025-12-31", "2025-12-31T08:00Z")]
    public void NextRun_AcrossDaylightSavingAndZones_FollowsDecisions(string zone, int hour, int minute, string after, string localDate, string expected)
    {
        var run = SubscriptionSchedule.NextRun(Daily(zone, hour, minute), Utc(after));

        Assert.NotNull(run);
        Assert.Equal(Utc(expected), run.At);
        Assert.Equal(TimeSpan.Zero, run.At.Offset);
        Assert.Equal(DateOnly.Parse(localDate, System.Globalization.CultureInfo.InvariantCulture), run.LocalDate);
    }

    [Theory]
    [InlineData("2025-01-03T09:00Z", "2025-01-06T08:00Z")] // Friday after the post -> Monday
    [InlineData("2025-01-04T12:00Z", "2025-01-06T08:00Z")] // Saturday
    [InlineData("2027-12-31T09:00Z", "2028-01-03T08:00Z")] // Friday 31 Dec -> Monday 3 Jan, across the year end
    [InlineData("2025-12-31T07:00Z", "2025-12-31T08:00Z")] // Wednesday before the post
    public void NextRun_WeekdaysOnly_SkipsWeekendsAndYearEnds(string after, string expected)
    {
        var run = SubscriptionSchedule.NextRun(Daily("UTC", 8, 0, days: Weekdays), Utc(after));

        Assert.Equal(Utc(expected), run!.At);
    }

    [Fact]
    public void NextRun_TimeProvider_ReadsItsClock()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Utc("2025-03-29T12:00Z"));

        Assert.Equal(Utc("2025-03-30T01:00Z"), SubscriptionSchedule.NextRun(Daily("Europe/Madrid", 2, 30), time)!.At);
    }

    [Fact]
    public void LocalDateOf_GapPushedPastMidnight_IsTheScheduledDay()
    {
        var subscription = Daily("UTC", 23, 30);

        Assert.Equal(new DateOnly(2025, 5, 1), SubscriptionSchedule.LocalDateOf(subscription, Utc("2025-05-02T00:00Z"), TimeZoneInfo.Utc));
        Assert.Equal(new DateOnly(2025, 5, 2), SubscriptionSchedule.LocalDateOf(subscription, Utc("2025-05-02T23:30Z"), TimeZoneInfo.Utc));
    }
}
