using System.Net;
using System.Text.Json.Nodes;
using Crocodial.Bot.Slack.WebApi;

namespace Crocodial.Bot.Slack.Tests.WebApi;

public class SlackApiClientRespondTests
{
    private static readonly Uri ResponseUrl = new("http://127.0.0.1:7/commands/T1/397700885554/96rGlfmibIGlgcZRskXaIFfN");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Respond_ShareInChannel_PostsWithoutTokenAndExplicitFlags()
    {
        using var h = new SlackApiHarness();
        h.Slack.Then(HttpStatusCode.OK, "ok");

        var error = await h.Client.RespondAsync(ResponseUrl, new SlackResponseMessage("Inbound summary") { ResponseType = SlackResponseType.InChannel }, Ct);

        Assert.Null(error);
        var call = Assert.Single(h.Slack.Calls);
        Assert.Equal(ResponseUrl, call.Uri);
        Assert.Null(call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"text":"Inbound summary","response_type":"in_channel","replace_original":false,"delete_original":false}"""),
            JsonNode.Parse(call.Body)), call.Body);
    }

    [Fact]
    public async Task Respond_ReplaceFetchingLine_SendsReplaceOriginalAndBlocks()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenJson("""{"ok":true}""");

        var error = await h.Client.RespondAsync(ResponseUrl, new SlackResponseMessage("Done") { ReplaceOriginal = true, Blocks = [new JsonObject { ["type"] = "divider" }] }, Ct);

        Assert.Null(error);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"text":"Done","blocks":[{"type":"divider"}],"response_type":"ephemeral","replace_original":true,"delete_original":false}"""),
            JsonNode.Parse(h.Slack.Calls[0].Body)));
    }

    [Fact]
    public async Task Respond_ExpiredUrl_IsAFinalErrorWithTheCode()
    {
        using var h = new SlackApiHarness();
        h.Slack.Then(HttpStatusCode.NotFound, "expired_url");

        var error = await h.Client.RespondAsync(ResponseUrl, new("x"), Ct);

        Assert.Equal("expired_url", error!.Code);
        Assert.Single(h.Slack.Calls);
    }

    [Fact]
    public async Task Respond_200WithOkFalse_IsAnError()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenJson("""{"ok":false,"error":"no_text"}""");

        Assert.Equal("no_text", (await h.Client.RespondAsync(ResponseUrl, new(""), Ct))!.Code);
    }

    [Fact]
    public async Task Respond_ServerErrorWithHtml_IsNotRetried()
    {
        using var h = new SlackApiHarness();
        h.Slack.Then(HttpStatusCode.InternalServerError, "<html>oops</html>");

        var error = await h.Client.RespondAsync(ResponseUrl, new("x"), Ct);

        Assert.Equal(("http_500", SlackErrorKind.Transport), (error!.Code, error.Kind));
        Assert.Single(h.Slack.Calls);
    }

    [Fact]
    public async Task Respond_NotAnHttpUrl_IsRefusedWithoutACall()
    {
        using var h = new SlackApiHarness();

        var error = await h.Client.RespondAsync(new Uri("file:///etc/passwd"), new("x"), Ct);

        Assert.NotNull(error);
        Assert.Empty(h.Slack.Calls);
    }
}
