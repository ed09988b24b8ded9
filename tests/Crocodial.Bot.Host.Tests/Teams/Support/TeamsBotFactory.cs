using System.Net;
using System.Text;
using Crocodial.Bot.Host.Tests.Support;
using Crocodial.Bot.Teams.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Crocodial.Bot.Host.Tests.Teams.Support;

/// <summary>
/// The real app with Teams settings, and the bot's outbound token request answered in-process (MSAL would
/// otherwise call login.microsoftonline.com).
/// </summary>
public sealed class TeamsBotFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
    public const string OutboundToken = "outbound-token";

    public static TeamsBotFactory Authenticated(LoopbackOpenIdProvider provider, StandInConnector connector) => new(new Dictionary<string, string?>
    {
        ["Teams:AppId"] = AppId,
        ["Teams:AppPassword"] = "not-a-real-secret",
        ["Teams:TenantId"] = TenantId,
        ["Teams:OpenIdMetadataUrl"] = provider.MetadataUrl,
        ["Teams:AllowedServiceUrls"] = connector.Origin,
    });

    public static TeamsBotFactory Anonymous(Action<IServiceCollection>? services = null) => new(new Dictionary<string, string?>
    {
        ["Teams:AllowUnauthenticated"] = "true",
    }, services);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseTempSqlite();
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(collection =>
        {
            collection.AddHttpClient(BotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new TokenEndpoint());
            services?.Invoke(collection);
        });
    }

    private sealed class TokenEndpoint : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(
                    $$"""{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"{{OutboundToken}}"}""",
                    Encoding.UTF8, "application/json"),
            });
    }
}
