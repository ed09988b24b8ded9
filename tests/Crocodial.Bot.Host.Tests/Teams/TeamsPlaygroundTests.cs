using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Crocodial.Bot.Host.Tests.Teams.Support;

namespace Crocodial.Bot.Host.Tests.Teams;

/// <summary>
/// Anonymous mode, as the Agents Playground drives the bot: its captured payloads, card buttons (invokes and
/// submits), and the install events.
/// </summary>
public sealed class TeamsPlaygroundTests : IAsyncLifetime
{
    private StandInConnector _connector = null!;
    private TeamsBotFactory _factory = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _connector = await StandInConnector.StartAsync();
        _factory = TeamsBotFactory.Anonymous();
        _client = _factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task PersonalSample_IsAnswered_WithACardReply_AndNoToken()
    {
        var activity = TeamsActivities.Sample("playground-personal-message.json", _connector.ServiceUrl);

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var reply = await _connector.WaitForAsync(c => c.IsCard);
        Assert.Equal("/connector/v3/conversations/f229aee4-a7b0-4ba0-acb0-78102722fdbd/activities/f43bd222-3a90-4ec6-8498-a91fb4eba659", reply.Path);
        Assert.Equal("", reply.Authorization);
        Assert.Equal("Crocodial Bot help", (string?)reply.Card!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task ChannelMentionSample_IsAnsweredInTheThread_WithoutTheMention()
    {
        var activity = TeamsActivities.Sample("playground-channel-mention.json", _connector.ServiceUrl);
        activity["text"] = "<at>Test Bot</at> stats yesterday for TTY";

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var reply = await _connector.WaitForAsync(c => c.IsCard);
        Assert.Equal("/connector/v3/conversations/team-id;messageid=1796313073716/activities/790c5611-e35e-4cef-925b-8fca603c50f4", reply.Path);
        Assert.Contains("TTY", (string?)reply.Card!["body"]![1]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_IsAnsweredInTheBody_AndTheCardIsReplacedForEveryone()
    {
        var message = TeamsActivities.Sample("playground-personal-message.json", _connector.ServiceUrl);
        var invoke = TeamsActivities.Invoke(message, "explain abandon rate", "card-1");

        var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("AdaptiveCard", (string?)body["value"]!["type"]);
        Assert.Contains("abandon rate", (string?)body["value"]!["body"]![0]!["text"], StringComparison.OrdinalIgnoreCase);
        var update = await _connector.WaitForAsync(c => c.Method == "PUT");
        Assert.EndsWith("/activities/card-1", update.Path, StringComparison.Ordinal);
        Assert.True(update.IsCard);
    }

    [Fact]
    public async Task SlowInvoke_GetsAWorkingCard_NotTheReport()
    {
        var message = TeamsActivities.Sample("playground-personal-message.json", _connector.ServiceUrl);

        var response = await PostAsync(TeamsActivities.Invoke(message, "stats last week for XSLOW", "card-2"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("Working on it…", (string?)body["value"]!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task SubmitButton_IsTreatedLikeTypedText()
    {
        var activity = TeamsActivities.Sample("playground-personal-message.json", _connector.ServiceUrl);
        activity["id"] = "submit-1";
        activity.Remove("text");
        activity["value"] = new JsonObject { ["command"] = "explain abandon rate" };

        await PostAsync(activity);

        var reply = await _connector.WaitForAsync(c => c.IsCard);
        Assert.Contains("abandon rate", (string?)reply.Card!["body"]![0]!["text"], StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("personal", "Ask me for inbound call stats")]
    [InlineData("channel", "mention me")]
    public async Task Install_GreetsOnce_WithAWelcomeForTheScope(string scope, string expected)
    {
        var activity = TeamsActivities.Sample("playground-personal-message.json", _connector.ServiceUrl);
        activity["conversation"] = new JsonObject
        {
            ["id"] = scope == "personal" ? "a:install-1" : "19:general@thread.tacv2",
            ["conversationType"] = scope,
            ["tenantId"] = "00000000-0000-0000-0000-0000000000001",
        };
        activity.Remove("text");
        var install = activity.DeepClone().AsObject();
        install["type"] = "installationUpdate";
        install["action"] = "add";
        var added = activity.DeepClone().AsObject();
        added["type"] = "conversationUpdate";
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "00000000-0000-0000-0000-00000000000011" });

        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(install)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(added)).StatusCode);

        var welcome = await _connector.WaitForAsync(c => c.IsCard);
        Assert.EndsWith("/activities", welcome.Path, StringComparison.Ordinal);
        Assert.Contains(expected, welcome.Card!.ToJsonString(), StringComparison.Ordinal);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.Single(_connector.Calls, c => c.IsCard);
    }

    [Fact]
    public async Task BadJson_Is400()
    {
        using var content = new StringContent("{not json", Encoding.UTF8, "application/json");

        var response = await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BodyOver1MB_IsRefused()
    {
        var activity = TeamsActivities.Sample("playground-personal-message.json", _connector.ServiceUrl);
        activity["text"] = new string('a', 1024 * 1024);

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        return await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }
}
