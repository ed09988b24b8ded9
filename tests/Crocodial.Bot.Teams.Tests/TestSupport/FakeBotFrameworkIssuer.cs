using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crocodial.Bot.Teams.Tests.TestSupport;

/// <summary>
/// Stands in for login.botframework.com on 127.0.0.1: serves the OpenID metadata and a JWKS whose keys
/// can be swapped (key rollover), and mints tokens signed with those keys.
/// </summary>
public sealed class FakeBotFrameworkIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";

    private readonly WebApplication _app;
    private IReadOnlyList<TestKey> _published = [];
    private int _metadataRequests;

    private FakeBotFrameworkIssuer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public static async Task<FakeBotFrameworkIssuer> StartAsync(params TestKey[] keys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var issuer = new FakeBotFrameworkIssuer(builder.Build()) { _published = keys };
        issuer._app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref issuer._metadataRequests);
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = issuer.BaseUrl + "/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
        });
        issuer._app.MapGet("/v1/.well-known/keys", () => Results.Json(new { keys = issuer._published.Select(k => k.ToJwk()).ToArray() }));
        await issuer._app.StartAsync();
        issuer.BaseUrl = issuer._app.Urls.Single().TrimEnd('/');
        return issuer;
    }

    public void Publish(params TestKey[] keys) => Volatile.Write(ref _published, keys);

    public static string Mint(TestKey key, DateTimeOffset now, string audience, string serviceUrl, Action<SecurityTokenDescriptor>? change = null) =>
        Mint(key.Credentials, now, audience, serviceUrl, change);

    public static string Mint(SigningCredentials credentials, DateTimeOffset now, string audience, string serviceUrl, Action<SecurityTokenDescriptor>? change = null)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime.AddMinutes(-1),
            NotBefore = now.UtcDateTime.AddMinutes(-1),
            Expires = now.UtcDateTime.AddHours(1),
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
