using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crocodial.Bot.Slack.Payloads;
using Crocodial.Bot.Slack.WebApi;

namespace Crocodial.Bot.Slack.Tests.WebApi;

public class SlackApiClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostMessage_SendsJsonWithBearerTokenAndMetadata()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenJson("""{"ok":true,"channel":"C1","ts":"1716184800.000200","message":{"text":"x"}}""");
        var message = new SlackOutgoingMessage("C1", "Inbound summary for TTY")
        {
            ThreadTs = "1716184700.000100",
            Blocks = [new JsonObject { ["type"] = "divider" }],
            Metadata = new SlackMessageMetadata("crocodial_daily_summary", new JsonObject { ["subscription_id"] = "42", ["date"] = "2025-05-19" }),
        };

        var result = await h.Client.PostMessageAsync(message, Ct);

        Assert.True(result.IsOk);
        Assert.Equal(new SlackPostedMessage("C1", "1716184800.000200"), result.Value);
        var call = Assert.Single(h.Slack.Calls);
        Assert.Equal("https://slack.test/api/chat.postMessage", call.Uri.ToString());
        Assert.Equal("Bearer " + SlackApiHarness.Token, call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"channel":"C1","text":"Inbound summary for TTY","blocks":[{"type":"divider"}],"thread_ts":"1716184700.000100","metadata":{"event_type":"crocodial_daily_summary","event_payload":{"subscription_id":"42","date":"2025-05-19"}}}"""),
            JsonNode.Parse(call.Body)), call.Body);
    }

    [Fact]
    public async Task PostEphemeralAndUpdate_SendTheirArguments()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenJson("""{"ok":true,"message_ts":"5.0"}""").ThenJson("""{"ok":true,"channel":"C1","ts":"4.0","text":"t"}""");

        var ephemeral = await h.Client.PostEphemeralAsync(new SlackEphemeralMessage("C1", "U1", "Only you") { ThreadTs = "3.0" }, Ct);
        var update = await h.Client.UpdateAsync(new SlackMessageUpdate("C1", "4.0", "Done"), Ct);

        Assert.Equal(new SlackPostedMessage("C1", "5.0"), ephemeral.Value);
        Assert.Equal(new SlackPostedMessage("C1", "4.0"), update.Value);
        Assert.Equal("""{"channel":"C1","user":"U1","text":"Only you","thread_ts":"3.0"}""", h.Slack.Calls[0].Body);
        Assert.EndsWith("chat.update", h.Slack.Calls[1].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("""{"channel":"C1","ts":"4.0","text":"Done"}""", h.Slack.Calls[1].Body);
    }

    [Fact]
    public async Task PostMessage_NotInChannel_SaysHowToInvite()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenJson("""{"ok":false,"error":"not_in_channel"}""");

        var result = await h.Client.PostMessageAsync(new("C1", "x"), Ct);

        Assert.False(result.IsOk);
        Assert.Equal("not_in_channel", result.Error.Code);
        Assert.Equal(SlackErrorKind.Conversation, result.Error.Kind);
        Assert.Equal("Invite @Crocodial to this channel with /invite @Crocodial.", result.Error.UserMessage);
    }

    [Theory]
    [InlineData("channel_not_found", SlackErrorKind.Conversation)]
    [InlineData("is_archived", SlackErrorKind.Conversation)]
    [InlineData("invalid_auth", SlackErrorKind.Configuration)]
    [InlineData("token_revoked", SlackErrorKind.Configuration)]
    [InlineData("account_inactive", SlackErrorKind.Configuration)]
    [InlineData("ratelimited", SlackErrorKind.RateLimited)]
    [InlineData("rate_limited", SlackErrorKind.RateLimited)]
    [InlineData("invalid_blocks", SlackErrorKind.Rejected)]
    [InlineData("internal_error", SlackErrorKind.Transport)]
    public async Task PostMessage_ErrorCode_IsClassified(string code, SlackErrorKind kind)
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenJson($$"""{"ok":false,"error":"{{code}}"}""");

        var result = await h.Client.PostMessageAsync(new("C1", "x"), Ct);

        Assert.Equal((code, kind), (result.Error!.Code, result.Error.Kind));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.UserMessage));
        Assert.Single(h.Slack.Calls);
    }

    [Fact]
    public async Task AuthError_IsAConfigurationProblemForAnAdmin()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenJson("""{"ok":false,"error":"invalid_auth"}""");

        var result = await h.Client.AuthTestAsync(Ct);

        Assert.True(result.Error!.IsConfigurationProblem);
        Assert.Contains("admin", result.Error.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingScope_NamesTheScope()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenJson("""{"ok":false,"error":"missing_scope","needed":"users:read","provided":"chat:write,commands"}""");

        var result = await h.Client.GetUserAsync("U1", Ct);

        Assert.Equal("users:read", result.Error!.NeededScope);
        Assert.Contains("users:read", result.Error.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownError_IsRejectedNamingTheCode()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenJson("""{"ok":false,"error":"msg_too_long","response_metadata":{"messages":["[ERROR] too long"]}}""");

        var result = await h.Client.PostMessageAsync(new("C1", "x"), Ct);

        Assert.Equal(SlackErrorKind.Rejected, result.Error!.Kind);
        Assert.Contains("msg_too_long", result.Error.UserMessage, StringComparison.Ordinal);
        Assert.Contains(h.Logger.Lines, l => l.Contains("msg_too_long", StringComparison.Ordinal) && l.Contains("[ERROR] too long", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NonJsonAnswer_IsATransportError()
    {
        using var h = new SlackApiHarness();
        h.Slack.Then(HttpStatusCode.OK, "<html>maintenance</html>");

        var result = await h.Client.PostMessageAsync(new("C1", "x"), Ct);

        Assert.Equal(("invalid_response", SlackErrorKind.Transport), (result.Error!.Code, result.Error.Kind));
    }

    [Fact]
    public async Task AuthTest_ReadsBotIdentity()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenJson("""{"ok":true,"url":"https://acme.slack.com/","team":"Acme","user":"crocodial","team_id":"T1","user_id":"UBOT","bot_id":"BBOT","is_enterprise_install":false}""");

        var result = await h.Client.AuthTestAsync(Ct);

        Assert.Equal(("UBOT", "BBOT", "T1"), (result.Value!.UserId, result.Value.BotId, result.Value.TeamId));
        Assert.Equal("https://slack.test/api/auth.test", h.Slack.Calls[0].Uri.ToString());
    }

    [Fact]
    public async Task GetUser_IsFormEncodedWithoutCharsetAndReadsTz()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenJson("""{"ok":true,"user":{"id":"U1","name":"ana","tz":"America/Los_Angeles","tz_label":"Pacific Daylight Time","tz_offset":-25200,"is_bot":false,"profile":{"display_name":"Ana"}}}""");

        var result = await h.Client.GetUserAsync("U1", Ct);

        Assert.Equal(("America/Los_Angeles", -25200), (result.Value!.Tz, result.Value.TzOffset));
        var call = Assert.Single(h.Slack.Calls);
        Assert.Equal("application/x-www-form-urlencoded", call.ContentType);
        Assert.Equal("user=U1", call.Body);
        Assert.Equal("Bearer " + SlackApiHarness.Token, call.Authorization);
    }

    [Fact]
    public async Task GetConversation_ReadsMembership()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenJson("""{"ok":true,"channel":{"id":"C1","name":"support","is_channel":true,"is_private":false,"is_member":false,"is_archived":false}}""");

        var result = await h.Client.GetConversationAsync("C1", Ct);

        Assert.False(result.Value!.IsMember);
        Assert.Equal("support", result.Value.Name);
        Assert.Equal("channel=C1", h.Slack.Calls[0].Body);
    }

    [Fact]
    public async Task FindMessageByMetadata_PagesUntilFound()
    {
        using var h = new SlackApiHarness();
        h.Slack
            .ThenJson("""{"ok":true,"messages":[{"type":"message","ts":"3.0","text":"hello"},{"type":"message","ts":"2.0","bot_id":"B1","metadata":{"event_type":"crocodial_daily_summary","event_payload":{"subscription_id":"7"}}}],"has_more":true,"response_metadata":{"next_cursor":"bmV4dA=="}}""")
            .ThenJson("""{"ok":true,"messages":[{"type":"message","ts":"1.0","bot_id":"B1","metadata":{"event_type":"crocodial_daily_summary","event_payload":{"subscription_id":"42","date":"2025-05-19"}}}],"has_more":false,"response_metadata":{"next_cursor":""}}""");

        var result = await h.Client.FindMessageByMetadataAsync(
            "C1", "crocodial_daily_summary", p => (string?)p["subscription_id"] == "42", DateTimeOffset.FromUnixTimeSeconds(1716163200), Ct);

        Assert.Equal("1.0", result.Value!.Ts);
        Assert.Equal("channel=C1&oldest=1716163200.000000&limit=200&include_all_metadata=true", h.Slack.Calls[0].Body);
        Assert.EndsWith("&cursor=bmV4dA%3D%3D", h.Slack.Calls[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindMessageByMetadata_NoneMatches_IsOkWithNull()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenJson("""{"ok":true,"messages":[{"type":"message","ts":"3.0","text":"hello"}],"has_more":false}""");

        var result = await h.Client.FindMessageByMetadataAsync("C1", "crocodial_daily_summary", _ => true, DateTimeOffset.UnixEpoch, Ct);

        Assert.True(result.IsOk);
        Assert.Null(result.Value);
    }
}
