using System.Collections.Concurrent;
using Crocodial.Bot.Slack.WebApi;

namespace Crocodial.Bot.Slack.Answering;

/// <summary>
/// The asker's own time zone (<c>users.info</c> <c>tz</c>), shown beside the call centre's dates when it
/// differs. Cached per user, because it rarely changes and every answer would otherwise cost a call; a failed
/// look-up is remembered briefly and the answer goes out without it.
/// </summary>
internal sealed class SlackUserZones(TimeProvider time)
{
    internal static readonly TimeSpan Keep = TimeSpan.FromHours(6);
    internal static readonly TimeSpan KeepFailure = TimeSpan.FromMinutes(5);

    /// <summary>An answer must not wait long for a nicety.</summary>
    internal static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, (string? Zone, DateTimeOffset Expires)> _zones = new(StringComparer.Ordinal);

    public async Task<string?> GetAsync(SlackApiClient slack, string teamId, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slack);
        var key = teamId + "/" + userId;
        var now = time.GetUtcNow();
        if (_zones.TryGetValue(key, out var cached) && cached.Expires > now)
        {
            return cached.Zone;
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        string? zone = null;
        var ok = false;
        try
        {
            var result = await slack.GetUserAsync(userId, budget.Token);
            ok = result.IsOk;
            zone = result.IsOk && !string.IsNullOrWhiteSpace(result.Value!.Tz) ? result.Value.Tz : null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Slow users.info: answer without the zone.
        }

        if (_zones.Count >= MaxEntries)
        {
            _zones.Clear();
        }

        _zones[key] = (zone, now + (ok ? Keep : KeepFailure));
        return zone;
    }
}
