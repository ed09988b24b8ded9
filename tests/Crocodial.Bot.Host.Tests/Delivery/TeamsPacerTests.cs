using Crocodial.Bot.Host.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Host.Tests.Delivery;

public sealed class TeamsPacerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WaitTurn_EighthPostInOneSecond_WaitsForTheWindow()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 12, 3, 7, 0, 0, TimeSpan.Zero));
        var pacer = new TeamsPacer(time);
        for (var i = 0; i < TeamsPacer.PerConversation; i++)
        {
            Assert.True(pacer.WaitTurnAsync("19:a", "t", Ct).IsCompletedSuccessfully);
        }

        var eighth = pacer.WaitTurnAsync("19:a", "t", Ct);
        var otherConversation = pacer.WaitTurnAsync("19:b", "t", Ct);

        Assert.False(eighth.IsCompleted);
        Assert.True(otherConversation.IsCompletedSuccessfully);
        time.Advance(TimeSpan.FromSeconds(1));
        await eighth.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task WaitTurn_FiftyFirstRequestOfATenant_WaitsForTheWindow()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 12, 3, 7, 0, 0, TimeSpan.Zero));
        var pacer = new TeamsPacer(time);
        for (var i = 0; i < TeamsPacer.PerTenant; i++)
        {
            Assert.True(pacer.WaitTurnAsync($"19:c{i}", "t", Ct).IsCompletedSuccessfully);
        }

        var next = pacer.WaitTurnAsync("19:new", "t", Ct);
        Assert.False(next.IsCompleted);
        Assert.True(pacer.WaitTurnAsync("19:new", "other-tenant", Ct).IsCompletedSuccessfully);
        time.Advance(TimeSpan.FromSeconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }
}
