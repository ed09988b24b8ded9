using Crocodial.Bot.Host.Delivery;
using Crocodial.Bot.Host.Tests.Delivery.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Crocodial.Bot.Host.Tests.Delivery;

/// <summary><c>subscription 7 send now</c>: the scheduled post's build and send, outside the schedule.</summary>
public sealed class DailyPosterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendNow_OnADayWithoutCalls_PostsMarkedAsOnRequestAndRecordsNothing()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddHours(5));
        var sub = await app.SubscribeSlackAsync(tenants: "ZZZ", skipEmpty: true, createdAt: DeliveryApp.Morning.AddHours(4));

        var problem = await app.Pump(app.Services.GetRequiredService<IDailyPoster>().SendNowAsync(sub, Ct));

        Assert.Null(problem);
        var post = Assert.Single(app.Slack.CallsTo("chat.postMessage")).Json;
        Assert.Equal("crocodial_summary_on_request", (string?)post["metadata"]?["event_type"]);
        Assert.True(Json.Mentions(post["blocks"], $"Sent on request, as a test of daily summary #{sub.Id}"));
        Assert.True(Json.Mentions(post["blocks"], "Daily summary · ZZZ · Tue 2 Dec"));
        Assert.Empty(await app.Store.GetLastDeliveriesAsync([sub.Id], Ct));
    }

    [Fact]
    public async Task SendNow_InTeams_StartsANewThread()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddHours(5));
        var sub = await app.SubscribeTeamsAsync();

        Assert.Null(await app.Pump(app.Services.GetRequiredService<IDailyPoster>().SendNowAsync(sub, Ct)));

        var post = Assert.Single(app.Connector.Delivered);
        Assert.True(post.IsNewThread);
        Assert.True(Json.Mentions(post.Card, "Sent on request"));
    }

    [Fact]
    public async Task SendNow_BotRemoved_SaysSo()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddHours(5));
        var sub = await app.SubscribeSlackAsync();
        app.Slack.Then("chat.postMessage", 200, """{"ok":false,"error":"not_in_channel"}""");

        Assert.Equal(DailyPoster.RemovedSentence, await app.Pump(app.Services.GetRequiredService<IDailyPoster>().SendNowAsync(sub, Ct)));
    }
}
