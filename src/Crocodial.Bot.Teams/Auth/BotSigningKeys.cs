using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;

namespace Crocodial.Bot.Teams.Auth;

/// <summary>
/// The signing keys of one OpenID metadata URL, cached by a <see cref="ConfigurationManager{T}"/>
/// (refreshed every 12 h). A token naming a key we lack triggers one refresh, at most every
/// <c>RefreshInterval</c> (5 min), which picks up a rolled key without fetching per request.
/// </summary>
internal sealed class BotSigningKeys
{
    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(10);

    private readonly BotSigningConfigurationRetriever _retriever = new();
    private readonly ConfigurationManager<BotSigningConfiguration> _manager;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _refreshGate = new();
    private DateTimeOffset? _lastForcedRefresh;
    private Task<BotSigningConfiguration?> _pendingRefresh = Task.FromResult<BotSigningConfiguration?>(null);

    public BotSigningKeys(string metadataUrl, TimeProvider time, ILogger logger)
    {
        _time = time;
        _logger = logger;
        // Plain http only for a local test provider; a remote metadata URL must be https.
        var loopback = Uri.TryCreate(metadataUrl, UriKind.Absolute, out var uri) && uri.IsLoopback;
        _manager = new ConfigurationManager<BotSigningConfiguration>(
            metadataUrl, _retriever, new HttpDocumentRetriever { RequireHttps = !loopback });
    }

    /// <summary>The keys, refreshed first when <paramref name="keyId"/> is unknown. Throws <see cref="InvalidOperationException"/> when none can be had.</summary>
    public async Task<BotSigningConfiguration> ForKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = await _manager.GetConfigurationAsync(cancellationToken);
        if (keys.HasKey(keyId))
        {
            return keys;
        }

        Task<BotSigningConfiguration?> refreshed;
        lock (_refreshGate)
        {
            var now = _time.GetUtcNow();
            if (_lastForcedRefresh is not { } last || now - last >= _manager.RefreshInterval)
            {
                _lastForcedRefresh = now;
                _pendingRefresh = _retriever.NextRetrieval;
                AuthLog.RefreshRequested(_logger, keyId);
                _manager.RequestRefresh();
            }

            refreshed = _pendingRefresh;
        }

        // IdentityModel 8 refreshes in the background; wait for it rather than refuse the very request
        // that revealed the rollover.
        try
        {
            var fresh = await refreshed.WaitAsync(RefreshWait, _time, cancellationToken);
            return fresh is not null && fresh.HasKey(keyId) ? fresh : keys;
        }
        catch (TimeoutException)
        {
            return keys;
        }
    }
}
