using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Tests.Slack;
using Crocodial.Bot.Host.Tests.Teams.Support;
using Crocodial.Bot.Slack.Posting;
using Crocodial.Bot.Teams.References;
using Crocodial.Bot.Teams.Posting;
using Microsoft.Extensions.DependencyInjection;

namespace Crocodial.Bot.Host.Tests.Subscriptions;

/// <summary>
/// Whether a morning post could reach the channel, asked before anything is stored: Slack through the stand-in's
/// <c>conversations.info</c> over HTTP, Teams by the conversation reference a message left in the real store.
/// </summary>
public sealed class PostingCheckTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Slack_Member_CanPost_AndTheChannelWasAskedAbout()
    {
        await using var app = await SlackApp.StartAsync();

        var problem = await Book(app.Factory.Services).CheckCanPostAsync(SubscriptionChannel.ForSlack("T1", "C0456"), Ct);

        Assert.Null(problem);
        var call = Assert.Single(app.Slack.CallsTo("conversations.info"));
        Assert.Contains("channel=C0456", call.Body, StringComparison.Ordinal);
        Assert.Equal("Bearer xoxb-test-token", call.Authorization);
    }

    [Fact]
    public async Task Slack_NotAMember_GetsTheInviteHint_WithTheBotsName()
    {
        await using var app = await SlackApp.StartAsync();
        app.Slack.IsMember = false;

        var problem = await Book(app.Factory.Services).CheckCanPostAsync(SubscriptionChannel.ForSlack("T1", "C0456"), Ct);

        Assert.Equal($"I'm not in this channel yet, so I couldn't post here. Add me with /invite @{StandInSlack.BotName} and try again.", problem);
    }

    [Fact]
    public async Task Slack_PrivateChannelTheBotCantSee_GetsTheInviteHint()
    {
        await using var app = await SlackApp.StartAsync();
        app.Slack.Then("conversations.info", 200, """{"ok":false,"error":"channel_not_found"}""");

        var problem = await Book(app.Factory.Services).CheckCanPostAsync(SubscriptionChannel.ForSlack("T1", "G0789"), Ct);

        Assert.Equal(SlackPostingCheck.InviteHint(StandInSlack.BotName), problem);
    }

    [Fact]
    public async Task Slack_DirectMessage_CanPost_WithoutAsking()
    {
        await using var app = await SlackApp.StartAsync();

        Assert.Null(await Book(app.Factory.Services).CheckCanPostAsync(SubscriptionChannel.ForSlack("T1", "D0123"), Ct));
        Assert.Empty(app.Slack.CallsTo("conversations.info"));
    }

    [Fact]
    public async Task Slack_Unavailable_SaysItCouldNotCheck()
    {
        await using var app = await SlackApp.StartAsync();
        app.Slack.Then("conversations.info", 200, """{"ok":false,"error":"service_unavailable"}""");

        var problem = await Book(app.Factory.Services).CheckCanPostAsync(SubscriptionChannel.ForSlack("T1", "C0456"), Ct);

        Assert.Equal(SlackPostingCheck.Unchecked, problem);
    }

    [Fact]
    public async Task Slack_ArchivedChannel_SaysSo()
    {
        await using var app = await SlackApp.StartAsync();
        app.Slack.Then("conversations.info", 200, """{"ok":true,"channel":{"id":"C0456","is_member":true,"is_archived":true}}""");

        var problem = await Book(app.Factory.Services).CheckCanPostAsync(SubscriptionChannel.ForSlack("T1", "C0456"), Ct);

        Assert.Equal(SlackPostingCheck.Archived, problem);
    }

    [Fact]
    public async Task Teams_AnyMessage_StoresTheReference_SoTheConversationCanBePostedTo()
    {
        await using var connector = await StandInConnector.StartAsync();
        await using var factory = TeamsBotFactory.Anonymous();
        using var client = factory.CreateClient();
        var book = Book(factory.Services);
        var message = TeamsActivities.Sample("playground-channel-mention.json", connector.ServiceUrl);
        var channel = SubscriptionChannel.ForTeams(TeamsBotFactory.TenantId, "team-id;messageid=1796313073716");
        Assert.Equal(TeamsPostingCheck.NoReference, await book.CheckCanPostAsync(channel, Ct));

        // No install event first: the conversation predates storage.
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(client, message)).StatusCode);

        Assert.Null(await book.CheckCanPostAsync(channel, Ct));
        var stored = await factory.Services.GetRequiredService<IConversationReferenceStore>().GetAsync("team-id", Ct);
        Assert.Equal(connector.ServiceUrl, stored!.Reference.ServiceUrl);
    }

    [Fact]
    public async Task Teams_BotRemoved_CanNoLongerPost()
    {
        await using var connector = await StandInConnector.StartAsync();
        await using var factory = TeamsBotFactory.Anonymous();
        using var client = factory.CreateClient();
        var message = TeamsActivities.Sample("playground-channel-mention.json", connector.ServiceUrl);
        await PostAsync(client, message);
        var removed = message.DeepClone().AsObject();
        removed["type"] = "conversationUpdate";
        removed["id"] = Guid.NewGuid().ToString();
        removed.Remove("text");
        removed["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = message["recipient"]!["id"]!.GetValue<string>() });

        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(client, removed)).StatusCode);

        var problem = await Book(factory.Services).CheckCanPostAsync(SubscriptionChannel.ForTeams(TeamsBotFactory.TenantId, "team-id"), Ct);
        Assert.Equal(TeamsPostingCheck.NoReference, problem);
    }

    private static ISubscriptionBook Book(IServiceProvider services) => services.GetRequiredService<ISubscriptionBook>();

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, Ct);
    }
}
