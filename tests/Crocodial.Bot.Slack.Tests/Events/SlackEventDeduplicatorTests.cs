using Crocodial.Bot.Slack.Events;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Slack.Tests.Events;

public class SlackEventDeduplicatorTests
{
    [Fact]
    public void TryBegin_SameEventTwice_OnlyFirstIsNew()
    {
        var dedup = new SlackEventDeduplicator(new FakeTimeProvider());

        Assert.True(dedup.TryBegin("Ev1"));
        Assert.False(dedup.TryBegin("Ev1"));
        Assert.True(dedup.TryBegin("Ev2"));
    }

    [Fact]
    public void TryBegin_RetryFiveMinutesLater_IsStillADuplicate()
    {
        var time = new FakeTimeProvider();
        var dedup = new SlackEventDeduplicator(time);
        dedup.TryBegin("Ev1");

        time.Advance(TimeSpan.FromMinutes(5));

        Assert.False(dedup.TryBegin("Ev1"));
    }

    [Fact]
    public void TryBegin_AfterRetention_IsNewAgainAndOldEntriesArePruned()
    {
        var time = new FakeTimeProvider();
        var dedup = new SlackEventDeduplicator(time);
        dedup.TryBegin("Ev1");
        dedup.TryBegin("Ev2");

        time.Advance(SlackEventDeduplicator.Retention + TimeSpan.FromSeconds(1));

        Assert.True(dedup.TryBegin("Ev1"));
        Assert.Equal(1, dedup.Count);
    }

    [Fact]
    public void Forget_LetsTheRetryThrough()
    {
        var dedup = new SlackEventDeduplicator(new FakeTimeProvider());
        dedup.TryBegin("Ev1");

        dedup.Forget("Ev1");

        Assert.True(dedup.TryBegin("Ev1"));
    }

    [Fact]
    public async Task TryBegin_ConcurrentDeliveries_ExactlyOneWins()
    {
        var dedup = new SlackEventDeduplicator(new FakeTimeProvider());
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
        {
            start.Wait(TestContext.Current.CancellationToken);
            return Enumerable.Range(0, 200).Count(i => dedup.TryBegin("Ev" + i));
        }, TestContext.Current.CancellationToken)).ToList();

        start.Set();
        var wins = await Task.WhenAll(tasks);

        Assert.Equal(200, wins.Sum());
    }
}
