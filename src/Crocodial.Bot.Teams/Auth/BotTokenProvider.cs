using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace Crocodial.Bot.Teams.Auth;

/// <summary>
/// The bot's outbound token: client credentials from the bot's home tenant (never the conversation's),
/// scope <c>https://api.botframework.com/.default</c>, cached by MSAL's in-memory app token cache.
/// </summary>
public sealed class BotTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";
    public const string HttpClientName = "Crocodial.Bot.Teams.Msal";

    private static readonly string[] Scopes = [Scope];
    private readonly IConfidentialClientApplication? _app;

    public BotTokenProvider(IOptions<TeamsOptions> options, IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        if (o.AllowUnauthenticated || string.IsNullOrWhiteSpace(o.AppId))
        {
            return;
        }

        // Instance discovery would call login.microsoftonline.com for any authority; the authority is
        // configured explicitly (Teams:Authority), so it is trusted as given.
        _app = ConfidentialClientApplicationBuilder.Create(o.AppId)
            .WithClientSecret(o.AppPassword)
            .WithAuthority(o.EffectiveAuthority, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new MsalHttpClientFactory(httpClientFactory))
            .Build();
    }

    /// <summary>False in anonymous Playground mode: requests then go out without an Authorization header.</summary>
    public bool SendsTokens => _app is not null;

    /// <summary>A bearer token, or null when no token is sent. Throws <see cref="MsalException"/> when the authority refuses.</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_app is null)
        {
            return null;
        }

        var result = await _app.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    private sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
