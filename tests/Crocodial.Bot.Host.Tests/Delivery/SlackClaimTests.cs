using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Tests.Delivery.Support;

namespace Crocodial.Bot.Host.Tests.Delivery;

/// <summary>Scheduled Slack posts where the channel changed (bot removed, access withdrawn) or an instance stopped mid-delivery.</summary>
public sealed class SlackClaimTests
{
    private static readonly DateOnly Today = new(2025, 12, 3);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

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

    [Fact]
    public async Task Round_ClaimExpiredLongerAgoThanTheCatchUpWindow_IsRecordedMissedNotSent()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddHours(5));
        var slack = await app.SubscribeSlackAsync();
        var teams = await app.SubscribeTeamsAsync();
        await app.Store.TryClaimAsync(slack.Id, Today, "crashed", DeliveryApp.Morning, DeliveryApp.Morning.AddMinutes(10), Ct);
        await app.Store.TryClaimAsync(teams.Id, Today, "crashed", DeliveryApp.Morning, DeliveryApp.Morning.AddMinutes(10), Ct);
        app.Slack.Then("conversations.history", 200, """{"ok":true,"messages":[]}""");

        await app.RoundAsync();

        Assert.Empty(app.Slack.CallsTo("chat.postMessage"));
        Assert.Single(app.Slack.CallsTo("conversations.history"));
        Assert.Empty(app.Connector.Requests);
        Assert.Equal(DeliveryOutcome.Missed, (await app.DeliveryAsync(slack, Today))!.Outcome);
        Assert.Equal(DeliveryOutcome.Missed, (await app.DeliveryAsync(teams, Today))!.Outcome);
    }
}
