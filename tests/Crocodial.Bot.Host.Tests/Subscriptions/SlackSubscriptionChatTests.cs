using Crocodial.Bot.Host.Delivery;
using Crocodial.Bot.Host.Tests.Slack;
using Crocodial.Bot.Slack.Posting;

namespace Crocodial.Bot.Host.Tests.Subscriptions;

/// <summary>The subscription cases in Slack (mentions answered with <c>chat.postMessage</c>), and Slack's own.</summary>
public sealed class SlackSubscriptionChatTests : SubscriptionChatTests
{
    protected override string Manager => "UMGR";

    protected override string Someone => "U2";

    protected override string Here => "C1";

    protected override string There => "C2";

    protected override string AskerZone => StandInSlack.AskerZone;

    protected override string AccessKeyOfHere => "slack:T1/C1";

    protected override string AskerIdOf(string user) => "slack:" + user;

    internal override async Task<IChatHarness> StartAsync(Dictionary<string, string?>? settings = null) =>
        await SlackSubscriptionsApp.StartAsync(settings);

    [Fact]
    public async Task Subscribe_BotNotInTheChannel_SaysHowToInvite_AndNothingIsStored()
    {
        await using var app = await SlackSubscriptionsApp.StartAsync();
        app.Slack.IsMember = false;

        var answer = await app.MentionAsync("subscribe daily at 9:00 for TTY", "C1", Manager);

        Assert.Contains(SlackPostingCheck.InviteHint(StandInSlack.BotName), answer, StringComparison.Ordinal);
        Assert.Contains("channel=C1", Assert.Single(app.Slack.CallsTo("conversations.info")).Body, StringComparison.Ordinal);
        Assert.Empty(await app.StoredAsync("C1"));
    }

    [Fact]
    public async Task SlashCommand_Subscribe_UsesTheAskersSlackZone()
    {
        await using var app = await SlackSubscriptionsApp.StartAsync();

        var answer = await app.CommandAsync("subscribe daily at 9:00 for TTY", "C1", Manager);

        var stored = Assert.Single(await app.StoredAsync("C1"));
        Assert.Equal(StandInSlack.AskerZone, stored.Zone);
        Assert.Equal("slack:" + Manager, stored.CreatedBy);
        Assert.Contains($"Subscribed: #{stored.Id}", answer, StringComparison.Ordinal);
        Assert.Contains("channel=C1", Assert.Single(app.Slack.CallsTo("conversations.info")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendNow_WithTheDeliveryWorkersPoster_PostsTheSummaryIntoTheChannel()
    {
        await using var app = await SlackSubscriptionsApp.StartAsync(realPoster: true);
        var id = await app.SeedAsync("C1", new TimeOnly(9, 0));

        var answer = await app.CommandAsync($"subscription {id} send now", "C1", Manager);

        Assert.Contains($"Sent #{id}", answer, StringComparison.Ordinal);
        var post = Assert.Single(app.Slack.CallsTo("chat.postMessage")).Json;
        Assert.Equal("C1", (string?)post["channel"]);
        Assert.Null(post["thread_ts"]);
        Assert.Equal(DailyPostSender.OnRequestEventType, (string?)post["metadata"]?["event_type"]);
        Assert.Equal(id, (long?)post["metadata"]?["event_payload"]?["subscription_id"]);
        Assert.Contains("TTY", post.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ButtonClick_IsCheckedAsTheClicker()
    {
        await using var app = await SlackSubscriptionsApp.StartAsync(new() { ["Subscriptions:Managers"] = "slack:" + Manager });
        var id = await app.SeedAsync("C1", new TimeOnly(9, 0));

        var answer = await app.ClickAsync($"unsubscribe {id}", "C1", Someone);

        Assert.Contains("Only the bot's subscription managers", answer, StringComparison.Ordinal);
        Assert.Single(await app.StoredAsync("C1"));
    }
}
