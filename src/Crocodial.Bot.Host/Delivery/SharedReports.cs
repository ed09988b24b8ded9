using System.Collections.Concurrent;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Host.Delivery;

/// <summary>
/// The reports of one delivery round, one fetch per distinct (resolved tenants, days): every post that needs the
/// same query awaits the same call. <see cref="ReportSource"/> caches and coalesces too, but a morning round should
/// not depend on cache timing to spare the API. A failed fetch is forgotten only by the first post that retries
/// it, so the retry is shared again.
/// </summary>
internal sealed class SharedReports(ReportSource source, CancellationToken roundToken)
{
    private readonly ConcurrentDictionary<ReportQuery, Lazy<Task<ReportResult>>> _fetches = new();

    public Task<ReportResult> GetAsync(ReportRequest request, ReportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fetch = _fetches.GetOrAdd(query, _ => new Lazy<Task<ReportResult>>(() => source.GetAsync(request, roundToken)));
        return fetch.Value.WaitAsync(cancellationToken);
    }

    /// <summary>Drops a failed result so the next <see cref="GetAsync"/> fetches again; a newer fetch is left alone.</summary>
    public void Forget(ReportQuery query, ReportResult failed)
    {
        if (_fetches.TryGetValue(query, out var fetch) && fetch.IsValueCreated && fetch.Value.IsCompletedSuccessfully
            && ReferenceEquals(fetch.Value.Result, failed))
        {
            _fetches.TryRemove(new KeyValuePair<ReportQuery, Lazy<Task<ReportResult>>>(query, fetch));
        }
    }
}
