using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Tests.Delivery.Support;

namespace Crocodial.Bot.Host.Tests.Delivery;

/// <summary>A delivery that retries longer than its lease keeps renewing it, so no other instance takes it over meanwhile.</summary>
public sealed class LeaseDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Round_RetryingPastTheLease_IsNotTakenOverByAnotherInstance()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30), new()
        {
            ["Subscriptions:ClaimLease"] = "00:01:00",
            ["Subscriptions:RetryDeadline"] = "00:03:00",
        });
        app.AddInstance();
        var sub = await app.SubscribeSlackAsync();
        app.Reports.AlwaysFailWith = 500;

        var first = app.Rounds(0).RunAsync(Ct);
        var pastTheFirstLease = DeliveryApp.Morning.AddMinutes(2);
        await app.Pump(Task.Run(async () =>
        {
            while (app.Time.GetUtcNow() < pastTheFirstLease && !first.IsCompleted)
            {
                await Task.Delay(5, Ct);
            }
        }, Ct));
        Assert.False(first.IsCompleted);
        await app.Pump(app.Rounds(1).RunAsync(Ct));
        await app.Pump(first);

        var record = (await app.DeliveryAsync(sub, new DateOnly(2025, 12, 3)))!;
        Assert.Equal(DeliveryOutcome.Failed, record.Outcome);
        Assert.Equal(1, record.Attempt);
        Assert.Single(app.Slack.CallsTo("chat.postMessage"));
    }
}
