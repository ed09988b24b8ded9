using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.Connector;
using Crocodial.Bot.Teams.Tests.TestSupport;

namespace Crocodial.Bot.Teams.Tests.Connector;

public class ConnectorClientTests
{
    private readonly ConnectorFixture _f = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public async Task Reply_PostsToTheActivity_WithOneSlash_AndTheBotToken(string serviceUrl)
    {
        var result = await _f.Client.ReplyAsync(ConnectorFixture.Reference(serviceUrl), "1485983408511", Activity.CreateMessage("Inbound calls: 1,284"), Ct);

        Assert.Equal(ConnectorOutcome.Delivered, result.Outcome);
        Assert.Equal("1", result.ActivityId);
        var request = Assert.Single(_f.Connector.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1485983408511/activities/1485983408511",
            request.Uri.AbsoluteUri);
        Assert.Equal("Bearer outbound-token", request.Authorization);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("""{"type":"message","text":"Inbound calls: 1,284","textFormat":"markdown"}""", request.Body);
    }

    [Fact]
    public async Task SendToConversation_And_Update_UseTheirVerbsAndPaths()
    {
        var reference = ConnectorFixture.Reference();

        await _f.Client.SendToConversationAsync(reference, Activity.CreateMessage("a"), Ct);
        await _f.Client.UpdateAsync(reference, "42", Activity.CreateMessage("b"), Ct);

        Assert.Equal(HttpMethod.Post, _f.Connector.Requests[0].Method);
        Assert.EndsWith("/activities", _f.Connector.Requests[0].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpMethod.Put, _f.Connector.Requests[1].Method);
        Assert.EndsWith("/activities/42", _f.Connector.Requests[1].Uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateChannelThread_PostsConversationParameters_AndReturnsTheNewThread()
    {
        _f.Connector.Then(HttpStatusCode.Created, """{"id":"19:abc@thread.tacv2;messageid=777","activityId":"777"}""");
        var card = Attachment.AdaptiveCard(new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" });

        var result = await _f.Client.CreateChannelThreadAsync(ConnectorFixture.Reference(), Activity.CreateCard(card), Ct);

        Assert.Equal(ConnectorOutcome.Delivered, result.Outcome);
        Assert.Equal("19:abc@thread.tacv2;messageid=777", result.ConversationId);
        Assert.Equal("777", result.ActivityId);
        var request = Assert.Single(_f.Connector.Requests);
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations", request.Uri.AbsoluteUri);
        var body = JsonNode.Parse(request.Body)!;
        Assert.True(body["isGroup"]!.GetValue<bool>());
        Assert.Equal("tenant-1", body["tenantId"]!.GetValue<string>());
        Assert.Equal("19:abc@thread.tacv2", body["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal("message", body["activity"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Typing_SendsATypingActivity()
    {
        await _f.Client.SendTypingAsync(ConnectorFixture.Reference(), Ct);

        Assert.Equal("""{"type":"typing"}""", Assert.Single(_f.Connector.Requests).Body);
    }

    [Fact]
    public async Task AnonymousMode_SendsNoAuthorization_ToThePlayground()
    {
        var f = new ConnectorFixture(new TeamsOptions { AllowUnauthenticated = true });
        var reference = ConversationReference.FromActivity(Samples.Activity(Samples.PersonalMessage))!;

        var result = await f.Client.SendToConversationAsync(reference, Activity.CreateMessage("hi"), Ct);

        Assert.True(result.Succeeded);
        var request = Assert.Single(f.Connector.Requests);
        Assert.Null(request.Authorization);
        Assert.Equal("http://localhost:56151/_connector/v3/conversations/f229aee4-a7b0-4ba0-acb0-78102722fdbd/activities", request.Uri.AbsoluteUri);
        Assert.Empty(f.TokenEndpoint.Requests);
    }

    [Fact]
    public async Task DisallowedServiceUrl_IsRefused_BeforeAnyTokenIsFetched()
    {
        var result = await _f.Client.SendToConversationAsync(ConnectorFixture.Reference("https://collector.evil.example/"), Activity.CreateMessage("hi"), Ct);

        Assert.Equal(ConnectorOutcome.Refused, result.Outcome);
        Assert.Equal("service URL not allowed (https://collector.evil.example:443)", result.Reason);
        Assert.Empty(_f.Connector.Requests);
        Assert.Empty(_f.TokenEndpoint.Requests);
    }

    [Fact]
    public async Task TextAndCard_InOneActivity_IsRefused()
    {
        var activity = Activity.CreateMessage("hello") with { Attachments = [Attachment.AdaptiveCard(new JsonObject())] };

        var result = await _f.Client.SendToConversationAsync(ConnectorFixture.Reference(), activity, Ct);

        Assert.Equal(ConnectorOutcome.Refused, result.Outcome);
        Assert.Contains("text and a card", result.Reason, StringComparison.Ordinal);
        Assert.Empty(_f.Connector.Requests);
    }

    [Fact]
    public async Task OversizedMessage_IsRefused_BeforeSending()
    {
        var result = await _f.Client.SendToConversationAsync(ConnectorFixture.Reference(), Activity.CreateMessage(new string('x', 41_000)), Ct);

        Assert.Equal(ConnectorOutcome.TooLarge, result.Outcome);
        Assert.Contains("UTF-16", result.Reason, StringComparison.Ordinal);
        Assert.Empty(_f.Connector.Requests);
    }

    [Fact]
    public async Task TokenRefused_FailsWithoutCallingTheConnector()
    {
        _f.TokenEndpoint.Fallback = _ => RecordingHandler.Json(HttpStatusCode.Unauthorized, """{"error":"invalid_client","error_description":"AADSTS7000215"}""");

        var result = await _f.Client.SendToConversationAsync(ConnectorFixture.Reference(), Activity.CreateMessage("hi"), Ct);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Contains("no bot token", result.Reason, StringComparison.Ordinal);
        Assert.Empty(_f.Connector.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "BotNotInConversationRoster", ConnectorOutcome.BotRemoved)]
    [InlineData(HttpStatusCode.Forbidden, "ConversationBlockedByUser", ConnectorOutcome.BotRemoved)]
    [InlineData(HttpStatusCode.Forbidden, "BotDisabledByAdmin", ConnectorOutcome.BotRemoved)]
    [InlineData(HttpStatusCode.NotFound, "ConversationNotFound", ConnectorOutcome.BotRemoved)]
    [InlineData(HttpStatusCode.NotFound, null, ConnectorOutcome.BotRemoved)]
    [InlineData(HttpStatusCode.NotFound, "ActivityNotFoundInConversation", ConnectorOutcome.ActivityNotFound)]
    [InlineData(HttpStatusCode.Forbidden, "InvalidBotApiHost", ConnectorOutcome.Failed)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig", ConnectorOutcome.TooLarge)]
    [InlineData(HttpStatusCode.BadRequest, "BadSyntax", ConnectorOutcome.Failed)]
    [InlineData(HttpStatusCode.Unauthorized, null, ConnectorOutcome.Failed)]
    [InlineData(HttpStatusCode.InternalServerError, "ServiceError", ConnectorOutcome.Failed)]
    public async Task ErrorStatus_MapsToAnOutcome_WithoutRetry(HttpStatusCode status, string? code, ConnectorOutcome outcome)
    {
        _f.Connector.Then(status, code is null ? "" : JsonSerializer.Serialize(new { error = new { code, message = "m" } }));

        var result = await _f.Client.SendToConversationAsync(ConnectorFixture.Reference(), Activity.CreateMessage("hi"), Ct);

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal((int)status, result.StatusCode);
        Assert.Equal(code, result.ErrorCode);
        Assert.Single(_f.Connector.Requests);
    }
}
