using System.Net;
using Crocodial.Bot.Teams.Auth;
using Crocodial.Bot.Teams.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Identity.Client;

namespace Crocodial.Bot.Teams.Tests.Auth;

public class BotTokenProviderTests
{
    private const string TokenJson = """{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"outbound-token-1"}""";

    [Fact]
    public async Task Token_ComesFromTheHomeTenant_WithTheBotFrameworkScope_AndIsCached()
    {
        var handler = new RecordingHandler(new FakeTimeProvider()) { Fallback = _ => RecordingHandler.Json(HttpStatusCode.OK, TokenJson) };
        var provider = Provider(new TeamsOptions { AppId = "app-id", AppPassword = "p@ss", TenantId = "home-tenant" }, handler);

        var first = await provider.GetTokenAsync(TestContext.Current.CancellationToken);
        var second = await provider.GetTokenAsync(TestContext.Current.CancellationToken);

        Assert.Equal("outbound-token-1", first);
        Assert.Equal(first, second);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("https://login.microsoftonline.com/home-tenant/oauth2/v2.0/token", request.Uri.GetLeftPart(UriPartial.Path));
        var form = ParseForm(request.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("app-id", form["client_id"]);
        Assert.Equal("p@ss", form["client_secret"]);
        Assert.Contains("https://api.botframework.com/.default", form["scope"].Split(' '));
    }

    [Fact]
    public async Task Authority_CanBeConfigured()
    {
        var handler = new RecordingHandler(new FakeTimeProvider()) { Fallback = _ => RecordingHandler.Json(HttpStatusCode.OK, TokenJson) };
        var provider = Provider(new TeamsOptions { AppId = "a", AppPassword = "p", TenantId = "t", Authority = "https://login.microsoftonline.us/t" }, handler);

        await provider.GetTokenAsync(TestContext.Current.CancellationToken);

        Assert.Equal("https://login.microsoftonline.us/t/oauth2/v2.0/token", Assert.Single(handler.Requests).Uri.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task RefusedCredentials_Throw_MsalServiceException()
    {
        var handler = new RecordingHandler(new FakeTimeProvider())
        {
            Fallback = _ => RecordingHandler.Json(HttpStatusCode.BadRequest,
                """{"error":"unauthorized_client","error_description":"AADSTS700016: Application not found","error_codes":[700016]}"""),
        };
        var provider = Provider(new TeamsOptions { AppId = "a", AppPassword = "p", TenantId = "t" }, handler);

        await Assert.ThrowsAsync<MsalServiceException>(() => provider.GetTokenAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnonymousMode_SendsNoToken_AndCallsNobody()
    {
        var handler = new RecordingHandler(new FakeTimeProvider());
        var provider = Provider(new TeamsOptions { AllowUnauthenticated = true }, handler);

        Assert.False(provider.SendsTokens);
        Assert.Null(await provider.GetTokenAsync(TestContext.Current.CancellationToken));
        Assert.Empty(handler.Requests);
    }

    internal static BotTokenProvider Provider(TeamsOptions options, HttpMessageHandler handler) =>
        new(Options.Create(options), new SingleClientFactory(handler));

    private static Dictionary<string, string> ParseForm(string body) =>
        body.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));

    private sealed class SingleClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
