using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Tests.Delivery.Support;

namespace Crocodial.Bot.Host.Tests.Delivery;

/// <summary>Scheduled Slack posts through rate limits, 5xx answers and a report service that is down for a while or for good.</summary>
public sealed class SlackRetryTests
{
    private static readonly DateOnly Today = new(2025, 12, 3);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Round_SlackRefusesTheTableBlock_PostsTheTableAsText()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        var sub = await app.SubscribeSlackAsync(content: SubscriptionContent.Table);
        app.Slack.Then("chat.postMessage", 200, """{"ok":false,"error":"invalid_blocks"}""");

        await app.RoundAsync();

        var posts = app.Slack.CallsTo("chat.postMessage");
        Assert.Equal(2, posts.Count);
        Assert.NotEqual(posts[0].Json["blocks"]!.ToJsonString(), posts[1].Json["blocks"]!.ToJsonString());
        Assert.Equal("crocodial_daily_summary", (string?)posts[1].Json["metadata"]?["event_type"]);
        Assert.Equal(DeliveryOutcome.Posted, (await app.DeliveryAsync(sub, Today))!.Outcome);
    }

    [Fact]
    public async Task Round_SlackAnswers429ThenOk_PostsOnce()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        var sub = await app.SubscribeSlackAsync();
        app.Slack.Then("chat.postMessage", 429, """{"ok":false,"error":"ratelimited"}""", retryAfter: 1);

        await app.RoundAsync();

        Assert.Equal(2, app.Slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(DeliveryOutcome.Posted, (await app.DeliveryAsync(sub, Today))!.Outcome);
    }

    [Fact]
    public async Task Round_Slack5xxForAWhile_LooksForThePostThenSendsAgain()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        var sub = await app.SubscribeSlackAsync();
        app.Slack.Then("chat.postMessage", 503, "").Then("chat.postMessage", 500, "");
        app.Slack.Then("conversations.history", 200, """{"ok":true,"messages":[]}""").Then("conversations.history", 200, """{"ok":true,"messages":[]}""");

        await app.RoundAsync();

        var methods = app.Slack.Calls.Select(c => c.Method).Where(m => m is "chat.postMessage" or "conversations.history").ToList();
        Assert.Equal(["chat.postMessage", "conversations.history", "chat.postMessage", "conversations.history", "chat.postMessage"], methods);
        Assert.Equal(DeliveryOutcome.Posted, (await app.DeliveryAsync(sub, Today))!.Outcome);
    }

    [Fact]
    public async Task Round_ReportServiceDownPastTheDeadline_RecordsFailedAndPostsANotice()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        var sub = await app.SubscribeSlackAsync();
        app.Reports.AlwaysFailWith = 500;

        await app.RoundAsync();

        var notice = Assert.Single(app.Slack.CallsTo("chat.postMessage")).Json;
        Assert.Equal(
            "Today's summary for TTY couldn't be posted: the report service didn't answer. Try `stats 2025-12-02 for TTY`.",
            (string?)notice["text"]);
        Assert.Null(notice["metadata"]);
        var record = (await app.DeliveryAsync(sub, Today))!;
        Assert.Equal(DeliveryOutcome.Failed, record.Outcome);
        Assert.StartsWith("report ServiceError", record.Error, StringComparison.Ordinal);
        Assert.True(app.Reports.Calls > 1);
    }

    [Fact]
    public async Task Round_ReportService5xxForAWhile_PostsWhenItRecovers()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        var sub = await app.SubscribeSlackAsync();
        app.Reports.FailNext(2);

        await app.RoundAsync();

        var post = Assert.Single(app.Slack.CallsTo("chat.postMessage")).Json;
        Assert.Equal("crocodial_daily_summary", (string?)post["metadata"]?["event_type"]);
        Assert.Equal(3, app.Reports.Calls);
        Assert.Equal(DeliveryOutcome.Posted, (await app.DeliveryAsync(sub, Today))!.Outcome);
    }
}
