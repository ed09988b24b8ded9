using Crocodial.Bot.Slack.WebApi;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Slack.Tests.WebApi;

public class SlackPacerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void WaitTurn_ThirdPostToOneChannel_WaitsTwoSlots()
    {
        var time = new FakeTimeProvider();
        var pacer = new SlackPacer(time);

        var first = pacer.WaitTurnAsync("channel:C1", SlackPacer.ChannelSpacing, Ct);
        var second = pacer.WaitTurnAsync("channel:C1", SlackPacer.ChannelSpacing, Ct);
        var third = pacer.WaitTurnAsync("channel:C1", SlackPacer.ChannelSpacing, Ct);
        var elsewhere = pacer.WaitTurnAsync("channel:C2", SlackPacer.ChannelSpacing, Ct);

        Assert.True(first.IsCompleted);
        Assert.True(elsewhere.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(second.IsCompleted);
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(third.IsCompleted);
    }

    [Fact]
    public void WaitTurn_AfterQuietPeriod_DoesNotWait()
    {
        var time = new FakeTimeProvider();
        var pacer = new SlackPacer(time);
        _ = pacer.WaitTurnAsync("channel:C1", SlackPacer.ChannelSpacing, Ct);

        time.Advance(TimeSpan.FromSeconds(5));

        Assert.True(pacer.WaitTurnAsync("channel:C1", SlackPacer.ChannelSpacing, Ct).IsCompleted);
    }

    [Fact]
    public void Pause_HoldsTheKeyUntilItEnds()
    {
        var time = new FakeTimeProvider();
        var pacer = new SlackPacer(time);

        pacer.Pause("method:chat.update", TimeSpan.FromSeconds(3));
        var waiting = pacer.WaitTurnAsync("method:chat.update", TimeSpan.Zero, Ct);

        time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(waiting.IsCompleted);
    }
}
