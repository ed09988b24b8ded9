using System.Net;
using System.Text.Json.Nodes;
using Crocodial.Bot.Slack.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Crocodial.Bot.Host.Tests.Slack;

public class SlackEventTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UrlVerification_EchoesTheChallenge()
    {
        await using var app = await SlackApp.StartAsync();

        var response = await app.Client.SendAsync(SlackRequests.Event("""{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}"""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["challenge"]);
    }

    [Fact]
    public async Task AppMention_IsAnsweredInItsThread_WithTheMentionStripped()
    {
        await using var app = await SlackApp.StartAsync();
        var mention = """{"type":"app_mention","user":"U1","text":"<@UBOT> stats 2025-05-19 to 2025-05-25 for TTY","ts":"1700000000.000100","channel":"C1","event_ts":"1700000000.000100"}""";

        var response = await app.Client.SendAsync(SlackRequests.Event(SlackRequests.EventJson("Ev1", mention)), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = (await app.Slack.WaitForAsync("chat.postMessage"))[0].Json;
        Assert.Equal("C1", (string?)post["channel"]);
        Assert.Equal("1700000000.000100", (string?)post["thread_ts"]);
        Assert.StartsWith("Inbound summary: TTY · Mon 19 – Sun 25 May", (string?)post["text"], StringComparison.Ordinal);
        Assert.DoesNotContain(SlackCommandTests.Buttons(post), b => (string?)b["action_id"] == "crocodial_share");
    }

    [Fact]
    public async Task DirectMessage_IsAnsweredInline()
    {
        await using var app = await SlackApp.StartAsync();
        var dm = """{"type":"message","channel_type":"im","user":"U1","text":"help","ts":"1700000000.000100","channel":"D1"}""";

        await app.Client.SendAsync(SlackRequests.Event(SlackRequests.EventJson("EvDm", dm)), Ct);

        var post = (await app.Slack.WaitForAsync("chat.postMessage"))[0].Json;
        Assert.Equal("D1", (string?)post["channel"]);
        Assert.Null(post["thread_ts"]);
        Assert.Equal("Crocodial Bot help", (string?)post["blocks"]![0]!["text"]!["text"]);
    }

    [Fact]
    public async Task EventRetriedWhileTheFirstIsRunning_IsAnsweredOnce()
    {
        await using var app = await SlackApp.StartAsync();
        var json = SlackRequests.EventJson("EvRetry", """{"type":"app_mention","user":"U1","text":"<@UBOT> stats last week for TTY","ts":"1700000000.000500","channel":"C1"}""");

        var first = app.Client.SendAsync(SlackRequests.Event(json), Ct);
        var retries = Enumerable.Range(1, 3).Select(n => app.Client.SendAsync(SlackRequests.Event(json, retry: n), Ct)).ToList();
        var responses = await Task.WhenAll([first, .. retries]);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await app.Slack.WaitForAsync("chat.postMessage");
        await Task.Delay(1000, Ct);
        Assert.Single(app.Slack.CallsTo("chat.postMessage"));
    }

    [Theory]
    [InlineData("""{"type":"message","channel_type":"im","user":"UBOT","text":"help","ts":"1.1","channel":"D1"}""")]
    [InlineData("""{"type":"message","channel_type":"im","user":"U2","bot_id":"BOTHER","text":"help","ts":"1.1","channel":"D1"}""")]
    [InlineData("""{"type":"message","channel_type":"im","subtype":"message_changed","channel":"D1","ts":"1.1"}""")]
    [InlineData("""{"type":"message","channel_type":"channel","user":"U1","text":"help","ts":"1.1","channel":"C1"}""")]
    public async Task OwnOtherBotsEditsAndChannelChatter_AreNotAnswered(string inner)
    {
        await using var app = await SlackApp.StartAsync();

        var response = await app.Client.SendAsync(SlackRequests.Event(SlackRequests.EventJson("EvIgnored", inner)), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(500, Ct);
        Assert.Empty(app.Slack.CallsTo("chat.postMessage"));
    }

    [Theory]
    [InlineData("""{"type":"member_left_channel","user":"UBOT","channel":"C1","channel_type":"C"}""", "RemovedFromChannel", "C1")]
    [InlineData("""{"type":"channel_left","channel":"C1","actor_id":"U1"}""", "RemovedFromChannel", "C1")]
    [InlineData("""{"type":"group_left","channel":"G1","actor_id":"U1"}""", "RemovedFromChannel", "G1")]
    [InlineData("""{"type":"app_uninstalled"}""", "AppUninstalled", null)]
    [InlineData("""{"type":"tokens_revoked","tokens":{"bot":["UBOT"]}}""", "TokensRevoked", null)]
    public async Task RemovalEvents_ReachTheRemovalsHook(string inner, string kind, string? channel)
    {
        var removals = new RecordingRemovals();
        await using var app = await SlackApp.StartAsync(services: s => s.AddSingleton<ISlackChannelRemovals>(removals));

        var response = await app.Client.SendAsync(SlackRequests.Event(SlackRequests.EventJson("EvRemoved", inner)), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var removal = Assert.Single(removals.Seen);
        Assert.Equal(kind, removal.Kind.ToString());
        Assert.Equal(SlackRequests.Team, removal.TeamId);
        Assert.Equal(channel, removal.ChannelId);
        Assert.Empty(app.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task AnotherMemberLeaving_IsNotARemoval()
    {
        var removals = new RecordingRemovals();
        await using var app = await SlackApp.StartAsync(services: s => s.AddSingleton<ISlackChannelRemovals>(removals));

        await app.Client.SendAsync(SlackRequests.Event(SlackRequests.EventJson("EvLeft", """{"type":"member_left_channel","user":"U7","channel":"C1"}""")), Ct);

        Assert.Empty(removals.Seen);
    }

    private sealed class RecordingRemovals : ISlackChannelRemovals
    {
        public System.Collections.Concurrent.ConcurrentQueue<SlackRemoval> Seen { get; } = new();

        public Task RemovedAsync(SlackRemoval removal, CancellationToken cancellationToken)
        {
            Seen.Enqueue(removal);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task RateLimitedPost_IsRetriedAfterRetryAfter_AndDeliveredOnce()
    {
        await using var app = await SlackApp.StartAsync();
        app.Slack.Then("chat.postMessage", 429, """{"ok":false,"error":"ratelimited"}""", retryAfter: 1);
        var dm = """{"type":"message","channel_type":"im","user":"U1","text":"help","ts":"1.1","channel":"D1"}""";

        await app.Client.SendAsync(SlackRequests.Event(SlackRequests.EventJson("Ev429", dm)), Ct);

        var posts = await app.Slack.WaitForAsync("chat.postMessage", count: 2);
        await Task.Delay(500, Ct);
        Assert.Equal(2, app.Slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(posts[0].Body, posts[1].Body);
    }

    [Fact]
    public async Task RefusedBlocks_AreResentAsPlainText()
    {
        await using var app = await SlackApp.StartAsync();
        app.Slack.Then("chat.postMessage", 200, """{"ok":false,"error":"invalid_blocks"}""");
        var dm = """{"type":"message","channel_type":"im","user":"U1","text":"help","ts":"1.1","channel":"D1"}""";

        await app.Client.SendAsync(SlackRequests.Event(SlackRequests.EventJson("EvBlocks", dm)), Ct);

        var posts = await app.Slack.WaitForAsync("chat.postMessage", count: 2);
        Assert.NotNull(posts[0].Json["blocks"]);
        Assert.Null(posts[1].Json["blocks"]);
        Assert.Contains("Crocodial Bot help", (string?)posts[1].Json["text"], StringComparison.Ordinal);
    }
}
