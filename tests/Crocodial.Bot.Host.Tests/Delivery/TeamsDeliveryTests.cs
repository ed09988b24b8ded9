using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Tests.Delivery.Support;
using Crocodial.Bot.Teams.References;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Host.Tests.Delivery;

/// <summary>Scheduled posts into Teams through the stored conversation reference, over real HTTP to a scripted Connector.</summary>
public sealed class TeamsDeliveryTests
{
    private static readonly DateOnly Today = new(2025, 12, 3);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Round_ChannelSubscription_StartsANewThreadInTheChannel()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        var sub = await app.SubscribeTeamsAsync();

        await app.RoundAsync();

        var post = Assert.Single(app.Connector.Delivered);
        Assert.True(post.IsNewThread, post.Path);
        Assert.Equal("19:abc@thread.tacv2", (string?)post.Body["channelData"]?["channel"]?["id"]);
        Assert.Equal(DeliveryApp.TeamsTenant, (string?)post.Body["tenantId"]);
        Assert.True(Json.Mentions(post.Card, "Daily summary · TTY · Tue 2 Dec"));
        var record = (await app.DeliveryAsync(sub, Today))!;
        Assert.Equal(DeliveryOutcome.Posted, record.Outcome);
        Assert.Equal("activity-1", record.MessageId);
    }

    [Fact]
    public async Task Round_PersonalChatSubscription_SendsToTheConversation()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        var sub = await app.SubscribeTeamsAsync("a:1personal-chat", "personal");

        await app.RoundAsync();

        var post = Assert.Single(app.Connector.Delivered);
        Assert.EndsWith("/v3/conversations/a:1personal-chat/activities", post.Path, StringComparison.Ordinal);
        Assert.True(Json.Mentions(post.Card, "Daily summary · TTY · Tue 2 Dec"));
        Assert.Equal(DeliveryOutcome.Posted, (await app.DeliveryAsync(sub, Today))!.Outcome);
    }

    [Fact]
    public async Task Round_Connector429ThenOk_PostsOnce()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        var sub = await app.SubscribeTeamsAsync();
        app.Connector.Then(429);

        await app.RoundAsync();

        Assert.Equal(2, app.Connector.Requests.Count);
        Assert.Single(app.Connector.Delivered);
        Assert.Equal(DeliveryOutcome.Posted, (await app.DeliveryAsync(sub, Today))!.Outcome);
    }

    [Fact]
    public async Task Round_Connector5xxForAWhile_RetriesWithBackoffAndPosts()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        var sub = await app.SubscribeTeamsAsync();
        app.Connector.Then(503).Then(502);

        await app.RoundAsync();

        Assert.Equal(3, app.Connector.Requests.Count);
        Assert.Single(app.Connector.Delivered);
        Assert.Equal(DeliveryOutcome.Posted, (await app.DeliveryAsync(sub, Today))!.Outcome);
        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("a duplicate post is possible", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Round_Connector5xxPastTheDeadline_RecordsFailedAndTriesANotice()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        var sub = await app.SubscribeTeamsAsync();
        app.Connector.FailCardsWith = 500;

        await app.RoundAsync();

        var record = (await app.DeliveryAsync(sub, Today))!;
        Assert.Equal(DeliveryOutcome.Failed, record.Outcome);
        Assert.Contains("500", record.Error, StringComparison.Ordinal);
        var notice = Assert.Single(app.Connector.Delivered);
        Assert.True(notice.IsNewThread);
        Assert.Equal("Today's summary for TTY couldn't be posted: Teams didn't take the message. Try `stats 2025-12-02 for TTY`.", notice.Text);
        Assert.True(app.Connector.Requests.Count(r => r.Status == 500) > 2);
    }

    [Fact]
    public async Task Round_BotRemoved_DeactivatesTheSubscriptionsAndTheReference()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        var sub = await app.SubscribeTeamsAsync();
        app.Connector.Then(403, """{"error":{"code":"BotNotInConversationRoster","message":"removed"}}""");

        await app.RoundAsync();

        Assert.Single(app.Connector.Requests);
        Assert.Equal(DeliveryOutcome.Failed, (await app.DeliveryAsync(sub, Today))!.Outcome);
        Assert.False((await app.Store.GetAsync(sub.Id, Ct))!.Active);
        var reference = await app.Services.GetRequiredService<IConversationReferenceStore>().GetAsync("19:abc@thread.tacv2", Ct);
        Assert.False(reference!.IsActive);
    }

    [Fact]
    public async Task Round_ExpiredClaim_ResendsAndWarns()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddMinutes(12));
        var sub = await app.SubscribeTeamsAsync();
        await app.Store.TryClaimAsync(sub.Id, Today, "crashed", DeliveryApp.Morning, DeliveryApp.Morning.AddMinutes(10), Ct);

        await app.RoundAsync();
        await app.RoundAsync();

        Assert.Single(app.Connector.Delivered);
        var record = (await app.DeliveryAsync(sub, Today))!;
        Assert.Equal(DeliveryOutcome.Posted, record.Outcome);
        Assert.Equal(2, record.Attempt);
        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Warning
            && e.Message.Contains($"Subscription {sub.Id}", StringComparison.Ordinal)
            && e.Message.Contains("taking over an expired claim", StringComparison.Ordinal));
    }
}
