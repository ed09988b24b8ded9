using Crocodial.Bot.Host.Scheduling;
using Microsoft.Extensions.Time.Testing;
using static Crocodial.Bot.Host.Tests.Scheduling.ScheduleSamples;

namespace Crocodial.Bot.Host.Tests.Scheduling;

public class DueRunsTests
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(2);
    private static readonly DateOnly Friday = new(2025, 3, 28);

    [Fact]
    public void DueRuns_JustAfterThePostingTime_IsOnTime()
    {
        var due = SubscriptionSchedule.DueRuns(Daily("Europe/Madrid", 8, 0), Friday.AddDays(-1), Utc("2025-03-28T08:01+01:00"), Window);

        var run = Assert.Single(due);
        Assert.Equal(RunTiming.OnTime, run.Timing);
        Assert.Equal(Friday, run.Run.LocalDate);
        Assert.True(run.ShouldPost);
    }

    [Fact]
    public void DueRuns_BeforeThePostingTimeOrAlreadyRecorded_IsEmpty()
    {
        var subscription = Daily("Europe/Madrid", 8, 0);

        Assert.Empty(SubscriptionSchedule.DueRuns(subscription, Friday.AddDays(-1), Utc("2025-03-28T07:59+01:00"), Window));
        Assert.Empty(SubscriptionSchedule.DueRuns(subscription, Friday, Utc("2025-03-28T09:00+01:00"), Window));
    }

    [Fact]
    public void DueRuns_WithinTheCatchUpWindow_IsPostedLate()
    {
        var run = Assert.Single(SubscriptionSchedule.DueRuns(Daily("Europe/Madrid", 8, 0), Friday.AddDays(-1), Utc("2025-03-28T09:59+01:00"), Window));

        Assert.Equal(RunTiming.Late, run.Timing);
        Assert.True(run.ShouldPost);
    }

    [Fact]
    public void DueRuns_OlderThanTheCatchUpWindow_IsMissed()
    {
        var run = Assert.Single(SubscriptionSchedule.DueRuns(Daily("Europe/Madrid", 8, 0), Friday.AddDays(-1), Utc("2025-03-28T10:01+01:00"), Window));

        Assert.Equal(RunTiming.Missed, run.Timing);
        Assert.False(run.ShouldPost);
    }

    [Fact]
    public void DueRuns_AfterDaysOfDowntime_RecordsEarlierDaysMissedAndPostsOnlyTheLatest()
    {
        var due = SubscriptionSchedule.DueRuns(Daily("Europe/Madrid", 8, 0), Friday.AddDays(-4), Utc("2025-03-28T09:00+01:00"), Window);

        Assert.Equal([Friday.AddDays(-3), Friday.AddDays(-2), Friday.AddDays(-1), Friday], due.Select(d => d.Run.LocalDate));
        Assert.Equal([RunTiming.Missed, RunTiming.Missed, RunTiming.Missed, RunTiming.Late], due.Select(d => d.Timing));
    }

    [Fact]
    public void DueRuns_AWindowLongerThanADay_StillPostsOnlyTheLatest()
    {
        var due = SubscriptionSchedule.DueRuns(Daily("UTC", 8, 0), Friday.AddDays(-2), Utc("2025-03-28T08:00Z"), TimeSpan.FromHours(30));

        Assert.Equal([RunTiming.Missed, RunTiming.OnTime], due.Select(d => d.Timing));
    }

    [Fact]
    public void DueRuns_NothingRecordedYet_StartsAtCreation()
    {
        var createdAfterToday = Daily("UTC", 8, 0, createdAt: Utc("2025-03-28T08:05Z"));
        var createdBeforeToday = Daily("UTC", 8, 0, createdAt: Utc("2025-03-28T07:55Z"));

        Assert.Empty(SubscriptionSchedule.DueRuns(createdAfterToday, null, Utc("2025-03-28T08:10Z"), Window));
        Assert.Equal(RunTiming.Late, Assert.Single(SubscriptionSchedule.DueRuns(createdBeforeToday, null, Utc("2025-03-28T08:10Z"), Window)).Timing);
    }

    [Fact]
    public void DueRuns_AfterAMonthsStop_LooksBackAtMostAMonth()
    {
        var due = SubscriptionSchedule.DueRuns(Daily("UTC", 8, 0), new DateOnly(2024, 1, 1), Utc("2025-03-28T08:00Z"), Window);

        Assert.Equal(31, due.Count);
        Assert.Equal(RunTiming.OnTime, due[^1].Timing);
    }

    [Theory]
    [InlineData("Europe/Madrid", 2, 30, "2025-03-27T00:00Z", "2025-04-02T00:00Z")]
    [InlineData("Europe/Madrid", 2, 30, "2025-10-23T00:00Z", "2025-10-29T00:00Z")]
    [InlineData("America/New_York", 1, 30, "2025-10-31T00:00Z", "2025-11-05T00:00Z")]
    [InlineData("America/New_York", 2, 30, "2025-03-07T00:00Z", "2025-03-12T00:00Z")]
    [InlineData("Australia/Sydney", 2, 30, "2025-04-03T00:00Z", "2025-04-09T00:00Z")]
    [InlineData("Australia/Sydney", 2, 30, "2025-10-02T00:00Z", "2025-10-08T00:00Z")]
    [InlineData("Asia/Kolkata", 0, 0, "2025-12-29T00:00Z", "2026-01-03T00:00Z")]
    [InlineData("UTC", 23, 59, "2025-12-29T00:00Z", "2026-01-03T00:00Z")]
    public void SchedulerTicks_EveryMinuteAcrossDaylightSaving_PostOncePerLocalDayOnTime(string zone, int hour, int minute, string from, string to)
    {
        var time = new FakeTimeProvider(Utc(from));
        var subscription = Daily(zone, hour, minute, createdAt: Utc(from));
        var posted = new List<ScheduledRun>();
        DateOnly? lastRecorded = null;

        while (time.GetUtcNow() < Utc(to))
        {
            foreach (var due in SubscriptionSchedule.DueRuns(subscription, lastRecorded, time, Window))
            {
                Assert.Equal(RunTiming.OnTime, due.Timing);
                Assert.Equal(time.GetUtcNow(), due.Run.At);
                posted.Add(due.Run);
                lastRecorded = due.Run.LocalDate;
            }

            time.Advance(TimeSpan.FromMinutes(1));
        }

        var days = (int)(Utc(to) - Utc(from)).TotalDays;
        Assert.Equal(days, posted.Count);
        Assert.Equal(posted.Select(r => r.LocalDate).Distinct(), posted.Select(r => r.LocalDate));
        Assert.All(posted, r => Assert.True(SubscriptionSchedule.NextRun(subscription, r.At.AddTicks(-1))!.At == r.At));
    }
}
