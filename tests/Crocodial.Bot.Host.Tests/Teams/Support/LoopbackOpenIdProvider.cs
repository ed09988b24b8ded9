using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crocodial.Bot.Host.Tests.Teams.Support;

/// <summary>
/// Stands in for login.botframework.com on 127.0.0.1 (same approach as the Teams tests' issuer): OpenID metadata
/// and a JWKS with endorsements, so the app's real retrieval, caching and validation code runs.
/// </summary>
public sealed class LoopbackOpenIdProvider : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";

    private readonly WebApplication _app;
    private readonly IReadOnlyList<TestSigningKey> _keys;

    private LoopbackOpenIdProvider(WebApplication app, IReadOnlyList<TestSigningKey> keys)
    {
        _app = app;
        _keys = keys;
    }

    public string BaseUrl { get; private set; } = "";

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    public static async Task<LoopbackOpenIdProvider> StartAsync(params TestSigningKey[] keys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var provider = new LoopbackOpenIdProvider(builder.Build(), keys);
        provider._app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = provider.BaseUrl + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        provider._app.MapGet("/v1/.well-known/keys", () => Results.Json(new { keys = provider._keys.Select(k => k.ToJwk()).ToArray() }));
        await provider._app.StartAsync();
        provider.BaseUrl = provider._app.Urls.Single().TrimEnd('/');
        return provider;
    }

    public static string Mint(SigningCredentials credentials, string audience, string serviceUrl, Action<SecurityTokenDescriptor>? change = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = credentials,
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
