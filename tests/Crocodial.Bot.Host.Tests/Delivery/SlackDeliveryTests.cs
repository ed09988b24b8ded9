using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Tests.Delivery.Support;

namespace Crocodial.Bot.Host.Tests.Delivery;

/// <summary>Scheduled posts into Slack, one delivery round at a time, over real HTTP to a stand-in Slack.</summary>
public sealed class SlackDeliveryTests
{
    private static readonly DateOnly Today = new(2025, 12, 3);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Round_OnTime_PostsOnceWithMetadataAndRecordsPosted()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        var sub = await app.SubscribeSlackAsync();

        await app.RoundAsync();
        await app.RoundAsync();

        var post = Assert.Single(app.Slack.CallsTo("chat.postMessage")).Json;
        Assert.Equal("C0456", (string?)post["channel"]);
        Assert.Equal("crocodial_daily_summary", (string?)post["metadata"]?["event_type"]);
        var payload = post["metadata"]!["event_payload"]!;
        Assert.Equal(sub.Id, (long)payload["subscription_id"]!);
        Assert.Equal("2025-12-03", (string?)payload["local_date"]);
        Assert.Equal(1, (int)payload["attempt"]!);
        Assert.False(string.IsNullOrEmpty((string?)payload["claimed_by"]));
        Assert.True(Json.Mentions(post["blocks"], "Daily summary · TTY · Tue 2 Dec"));
        Assert.False(Json.Mentions(post, "Posted late"));

        var record = await app.DeliveryAsync(sub, Today);
        Assert.Equal(DeliveryOutcome.Posted, record!.Outcome);
        Assert.Equal("1700000000.000200", record.MessageId);
    }

    [Theory]
    [InlineData(SubscriptionContent.Table, "Daily summary · TTY · Wed 26 Nov – Tue 2 Dec", null, 1)]
    [InlineData(SubscriptionContent.Comparison, "Daily summary · TTY · Tue 2 Dec", "vs Tue 25 Nov", 2)]
    [InlineData(SubscriptionContent.TableAndComparison, "Daily summary · TTY · Wed 26 Nov – Tue 2 Dec", "vs Wed 19 – Tue 25 Nov", 2)]
    public async Task Round_EachContent_PostsItsDaysAndComparison(SubscriptionContent content, string title, string? comparison, int reportCalls)
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        var sub = await app.SubscribeSlackAsync(content: content);

        await app.RoundAsync();

        var post = Assert.Single(app.Slack.CallsTo("chat.postMessage")).Json;
        Assert.True(Json.Mentions(post["blocks"], title), string.Join(" | ", Json.Strings(post["blocks"])));
        if (comparison is not null)
        {
            Assert.True(Json.Mentions(post["blocks"], comparison), string.Join(" | ", Json.Strings(post["blocks"])));
        }

        Assert.Equal(reportCalls, app.Reports.Calls);
        Assert.Equal(DeliveryOutcome.Posted, (await app.DeliveryAsync(sub, Today))!.Outcome);
    }

    [Fact]
    public async Task Round_TwoSubscriptionsWithTheSameTenantsAndDays_ShareOneReportCall()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        await app.SubscribeSlackAsync(channel: "C1");
        await app.SubscribeSlackAsync(channel: "C2");
        await app.SubscribeSlackAsync(tenants: "AAA", channel: "C3");

        await app.RoundAsync();

        Assert.Equal(3, app.Slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(2, app.Reports.Calls);
    }

    [Fact]
    public async Task Round_SkipEmptyOnADayWithoutCalls_PostsNothingAndRecordsSkipped()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        var skipping = await app.SubscribeSlackAsync(tenants: "ZZZ", skipEmpty: true, channel: "C1");
        var posting = await app.SubscribeSlackAsync(tenants: "ZZZ", channel: "C2");

        await app.RoundAsync();

        var post = Assert.Single(app.Slack.CallsTo("chat.postMessage")).Json;
        Assert.Equal("C2", (string?)post["channel"]);
        Assert.True(Json.Mentions(post["blocks"], "No calls recorded"));
        Assert.Equal(DeliveryOutcome.Skipped, (await app.DeliveryAsync(skipping, Today))!.Outcome);
        Assert.Equal(DeliveryOutcome.Posted, (await app.DeliveryAsync(posting, Today))!.Outcome);
    }

    [Fact]
    public async Task Round_WithinTheCatchUpWindow_PostsLateWithANote()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddMinutes(40));
        var sub = await app.SubscribeSlackAsync();

        await app.RoundAsync();

        var post = Assert.Single(app.Slack.CallsTo("chat.postMessage")).Json;
        Assert.True(Json.Mentions(post["blocks"], "Posted late: the bot was not running at 08:00."));
        Assert.Equal(DeliveryOutcome.Posted, (await app.DeliveryAsync(sub, Today))!.Outcome);
    }

    [Fact]
    public async Task Round_PastTheCatchUpWindow_RecordsMissedAndPostsNothing()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddHours(3));
        var sub = await app.SubscribeSlackAsync();

        await app.RoundAsync();

        Assert.Empty(app.Slack.CallsTo("chat.postMessage"));
        Assert.Equal(0, app.Reports.Calls);
        foreach (var day in new[] { Today, Today.AddDays(-1), Today.AddDays(-2) })
        {
            Assert.Equal(DeliveryOutcome.Missed, (await app.DeliveryAsync(sub, day))!.Outcome);
        }
    }
}
