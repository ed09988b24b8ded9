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

    [Theory]
    [InlineData("not_in_channel")]
    [InlineData("channel_not_found")]
    [InlineData("is_archived")]
    public async Task Round_BotRemovedFromTheChannel_DeactivatesItsSubscriptions(string error)
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        var sub = await app.SubscribeSlackAsync();
        var sameChannel = await app.SubscribeSlackAsync(time: "09:00");
        var elsewhere = await app.SubscribeSlackAsync(time: "09:00", channel: "C0999");
        app.Slack.Then("chat.postMessage", 200, $$"""{"ok":false,"error":"{{error}}"}""");

        await app.RoundAsync();

        var record = (await app.DeliveryAsync(sub, Today))!;
        Assert.Equal(DeliveryOutcome.Failed, record.Outcome);
        Assert.Contains(error, record.Error, StringComparison.Ordinal);
        Assert.Single(app.Slack.CallsTo("chat.postMessage"));
        Assert.False((await app.Store.GetAsync(sub.Id, Ct))!.Active);
        Assert.False((await app.Store.GetAsync(sameChannel.Id, Ct))!.Active);
        Assert.True((await app.Store.GetAsync(elsewhere.Id, Ct))!.Active);
    }

    [Fact]
    public async Task Round_ChannelMayNoLongerSeeTheTenant_SkipsWithANotice()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30), new()
        {
            ["Access:Rules:0:Channel"] = "slack:T0123/*",
            ["Access:Rules:0:Tenants:0"] = "AAA",
        });
        var sub = await app.SubscribeSlackAsync();

        await app.RoundAsync();

        var notice = Assert.Single(app.Slack.CallsTo("chat.postMessage")).Json;
        Assert.Contains("This channel can't see TTY", (string?)notice["text"], StringComparison.Ordinal);
        Assert.Contains($"unsubscribe {sub.Id}", (string?)notice["text"], StringComparison.Ordinal);
        Assert.Equal(0, app.Reports.Calls);
        Assert.Equal(DeliveryOutcome.Skipped, (await app.DeliveryAsync(sub, Today))!.Outcome);
    }

    [Fact]
    public async Task Round_ExpiredClaimWhosePostExists_RecordsPostedWithoutResending()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddMinutes(12));
        var sub = await app.SubscribeSlackAsync();
        Assert.True(await app.Store.TryClaimAsync(sub.Id, Today, "crashed", DeliveryApp.Morning, DeliveryApp.Morning.AddMinutes(10), Ct));
        var history = new JsonObject
        {
            ["ok"] = true,
            ["messages"] = new JsonArray(
                new JsonObject { ["type"] = "message", ["ts"] = "1764745300.000900", ["text"] = "someone else" },
                new JsonObject
                {
                    ["type"] = "message",
                    ["ts"] = "1764745200.000100",
                    ["metadata"] = new JsonObject
                    {
                        ["event_type"] = "crocodial_daily_summary",
                        ["event_payload"] = new JsonObject { ["subscription_id"] = sub.Id, ["local_date"] = "2025-12-03", ["attempt"] = 1, ["claimed_by"] = "crashed" },
                    },
                }),
        };
        app.Slack.Then("conversations.history", 200, history.ToJsonString());

        await app.RoundAsync();

        Assert.Empty(app.Slack.CallsTo("chat.postMessage"));
        Assert.Single(app.Slack.CallsTo("conversations.history"));
        var record = (await app.DeliveryAsync(sub, Today))!;
        Assert.Equal(DeliveryOutcome.Posted, record.Outcome);
        Assert.Equal("1764745200.000100", record.MessageId);
        Assert.Equal(2, record.Attempt);
    }

    [Fact]
    public async Task Round_ExpiredClaimWithoutItsPost_SendsOnce()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddMinutes(12));
        var sub = await app.SubscribeSlackAsync();
        var other = await app.SubscribeSlackAsync(tenants: "AAA");
        await app.Store.TryClaimAsync(sub.Id, Today, "crashed", DeliveryApp.Morning, DeliveryApp.Morning.AddMinutes(10), Ct);
        await app.Store.TryClaimAsync(other.Id, Today, "crashed", DeliveryApp.Morning, DeliveryApp.Morning.AddMinutes(10), Ct);
        var ours = new JsonObject
        {
            ["ok"] = true,
            ["messages"] = new JsonArray(new JsonObject
            {
                ["ts"] = "1764745200.000100",
                ["metadata"] = new JsonObject
                {
                    ["event_type"] = "crocodial_daily_summary",
                    ["event_payload"] = new JsonObject { ["subscription_id"] = other.Id, ["local_date"] = "2025-12-02" },
                },
            }),
        };
        app.Slack.Then("conversations.history", 200, ours.ToJsonString()).Then("conversations.history", 200, ours.ToJsonString());

        await app.RoundAsync();
        await app.RoundAsync();

        Assert.Equal(2, app.Slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(2, app.Slack.CallsTo("conversations.history").Count);
        var record = (await app.DeliveryAsync(sub, Today))!;
        Assert.Equal(DeliveryOutcome.Posted, record.Outcome);
        Assert.Equal(2, record.Attempt);
        Assert.Equal(2, (int)app.Slack.CallsTo("chat.postMessage")[0].Json["metadata"]!["event_payload"]!["attempt"]!);
    }
}
