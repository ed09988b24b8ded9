using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Crocodial.Bot.Slack.Verification;

namespace Crocodial.Bot.Slack.Tests.Verification;

public class SlackVerificationMiddlewareTests
{
    private const string Form = "application/x-www-form-urlencoded";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SlashCommand_DocumentedVector_ReachesHandlerWithBodyReadable()
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new StringContent(SlackSigning.DocBody, Encoding.UTF8) };
        request.Content.Headers.ContentType = new(Form);
        request.Headers.Add("X-Slack-Request-Timestamp", "1531420618");
        request.Headers.Add("X-Slack-Signature", SlackSigning.DocSignature);

        using var response = await app.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["command /webhook-collect text='' bytes=362"], app.Handled);
    }

    [Fact]
    public async Task Event_SignedUrlVerification_EchoesChallengeAndStreamIsRewound()
    {
        await using var app = await SlackTestApp.StartAsync();
        const string body = "{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}";
        using var request = SlackTestApp.Signed("/slack/events", body, "application/json");

        using var response = await app.Client.SendAsync(request, Ct);

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["event url_verification stream=129 raw=129"], app.Handled);
    }

    [Fact]
    public async Task SlashCommand_StaleTimestamp_IsRejectedWithEmpty401()
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = SlackTestApp.Signed("/slack/commands", "command=%2Fcrocodial&text=today", Form, SlackSigning.DocTimestamp - 301);

        using var response = await app.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Empty(app.Handled);
    }

    [Fact]
    public async Task Event_FutureTimestamp_IsRejected()
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = SlackTestApp.Signed("/slack/events", "{}", "application/json", SlackSigning.DocTimestamp + 301);

        using var response = await app.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(app.Handled);
    }

    [Fact]
    public async Task Event_WrongSecret_IsRejected()
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = SlackTestApp.Signed("/slack/events", "{}", "application/json", secret: "not-our-secret");

        using var response = await app.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(app.Handled);
    }

    [Fact]
    public async Task Event_Unsigned_IsRejected()
    {
        await using var app = await SlackTestApp.StartAsync();
        using var content = new StringContent("{\"type\":\"event_callback\"}", Encoding.UTF8, "application/json");

        using var response = await app.Client.PostAsync("/slack/events", content, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(app.Handled);
    }

    [Fact]
    public async Task Event_RepeatedSignatureHeader_IsRejected()
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = SlackTestApp.Signed("/slack/events", "{}", "application/json");
        request.Headers.Add(SlackRequestVerifier.SignatureHeader, "v0=00");

        using var response = await app.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SslCheck_Unsigned_Gets200WithoutHandler()
    {
        await using var app = await SlackTestApp.StartAsync();
        using var content = new StringContent("ssl_check=1&token=xyzz0WbapA4vBCDEFasx0q6G", Encoding.UTF8);
        content.Headers.ContentType = new(Form);

        using var response = await app.Client.PostAsync("/slack/commands", content, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Empty(app.Handled);
    }

    [Fact]
    public async Task SslCheck_AsJson_IsNotAnExemption()
    {
        await using var app = await SlackTestApp.StartAsync();
        using var content = new StringContent("ssl_check=1", Encoding.UTF8, "application/json");

        using var response = await app.Client.PostAsync("/slack/commands", content, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Body_Over1MB_Is413BeforeVerification()
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = SlackTestApp.Signed("/slack/events", "{\"x\":\"" + new string('a', 1024 * 1024) + "\"}", "application/json");

        using var response = await app.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(app.Handled);
    }

    [Fact]
    public async Task Body_Over1MBWithoutContentLength_Is413()
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events")
        {
            Content = new StreamContent(new UnseekableStream(new byte[(1024 * 1024) + 1])),
        };

        using var response = await app.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Body_Exactly1MB_IsVerified()
    {
        await using var app = await SlackTestApp.StartAsync();
        var body = "{\"x\":\"" + new string('a', (1024 * 1024) - 8) + "\"}";
        using var request = SlackTestApp.Signed("/slack/events", body, "application/json");

        using var response = await app.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Handled);
    }

    [Fact]
    public async Task OtherRoutes_AreNotGated()
    {
        await using var app = await SlackTestApp.StartAsync();
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");

        using var response = await app.Client.PostAsync("/other", content, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["other"], app.Handled);
    }

    [Fact]
    public async Task SlashCommand_OverLoopbackKestrel_DocumentedVectorIsAccepted()
    {
        await using var app = await SlackTestApp.StartAsync(b => b.WebHost.UseUrls("http://127.0.0.1:0"));
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, app.Address + "/slack/commands") { Content = new StringContent(SlackSigning.DocBody, Encoding.UTF8) };
        request.Content.Headers.ContentType = new(Form);
        request.Headers.Add("X-Slack-Request-Timestamp", "1531420618");
        request.Headers.Add("X-Slack-Signature", SlackSigning.DocSignature);

        using var response = await http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["command /webhook-collect text='' bytes=362"], app.Handled);
    }

    private sealed class UnseekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
