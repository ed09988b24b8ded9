using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Teams.Connector;

/// <summary>
/// Where a bot token may be sent (§3.8): the Bot Framework and Teams connector hosts over https, plus
/// the configured <c>Teams:AllowedServiceUrls</c> origins matched exactly. A service URL arrives in the
/// request body, so without this a forged or replayed activity could collect our token.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<TeamsOptions> options)
{
    private static readonly string[] BotFrameworkDomains = ["botframework.com", "teams.microsoft.com", "teams.microsoft.us"];
    private const string TrafficManagerHost = "smba.trafficmanager.net";

    private readonly TeamsOptions _options = options?.Value ?? throw new ArgumentNullException(nameof(options));
    private readonly HashSet<string> _allowedOrigins = options.Value.AllowedServiceUrlList
        .Select(ServiceOrigin.Parse).OfType<string>().ToHashSet(StringComparer.Ordinal);

    public bool IsAllowed(string? serviceUrl) => TryGetBaseUri(serviceUrl, out _);

    /// <summary>The service URL as an absolute URI when we may send there.</summary>
    public bool TryGetBaseUri(string? serviceUrl, out Uri baseUri)
    {
        baseUri = null!;
        if (string.IsNullOrWhiteSpace(serviceUrl)
            || !Uri.TryCreate(serviceUrl.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https") || uri.UserInfo.Length > 0)
        {
            return false;
        }

        if (!_allowedOrigins.Contains(ServiceOrigin.Of(uri)) && !IsDefaultHost(uri))
        {
            return false;
        }

        baseUri = uri;
        return true;
    }

    // In anonymous (Playground) mode no token is sent, and only the local Playground's connector is a
    // sensible target; with credentials, only the Bot Framework's own hosts.
    private bool IsDefaultHost(Uri uri) => _options.AllowUnauthenticated
        ? uri.IsLoopback
        : uri.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort && IsBotFrameworkHost(uri.IdnHost);

    private static bool IsBotFrameworkHost(string host) =>
        string.Equals(host, TrafficManagerHost, StringComparison.OrdinalIgnoreCase)
        || BotFrameworkDomains.Any(d => string.Equals(host, d, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));
}
