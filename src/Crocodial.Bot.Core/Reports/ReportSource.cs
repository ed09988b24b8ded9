using System.Collections.Concurrent;
using Crocodial.Bot.Core.Access;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Core.Reports;

/// <summary>
/// The one door to report data: every question, from chat, schedule or terminal, comes through here.
/// It checks access before any API call, answers repeated questions from memory, and lets identical
/// questions asked at the same moment share one API call.
/// </summary>
public sealed partial class ReportSource(
    ReportClient client,
    AccessPolicy access,
    IMemoryCache cache,
    CallCentreClock clock,
    ILogger<ReportSource> logger)
{
    // Past days never change; today's numbers may be a minute old.
    private static readonly TimeSpan PastTtl = TimeSpan.FromHours(6);
    private static readonly TimeSpan TodayTtl = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<ReportQuery, Lazy<Task<ReportResult>>> _inFlight = new();

    public async Task<ReportResult> GetAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = access.Decide(request.ChannelKey, request.Tenants, request.AllTenants);
        if (!decision.IsAllowed)
        {
            LogRefused(request.ChannelKey, decision.Refusal!);
            return ReportResult.Failure(new ReportError(
                ReportErrorKind.AccessDenied, decision.Refusal!, $"channel {request.ChannelKey} refused"));
        }

        var query = new ReportQuery(decision.Tenants, request.Range);
        if (cache.TryGetValue(query, out ReportResult? cached) && cached is not null)
        {
            return cached;
        }

        // The shared call must not die with the first caller's token: others may still be waiting for it.
        var shared = _inFlight.GetOrAdd(query, q => new Lazy<Task<ReportResult>>(() => FetchAsync(q)));
        return await shared.Value.WaitAsync(cancellationToken);
    }

    private async Task<ReportResult> FetchAsync(ReportQuery query)
    {
        try
        {
            var result = await client.GetAsync(query, CancellationToken.None);
            if (result.IsSuccess)
            {
                var ttl = query.Range.To < clock.Today ? PastTtl : TodayTtl;
                cache.Set(query, result, ttl);
            }

            return result;
        }
        finally
        {
            _inFlight.TryRemove(query, out _);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Access refused for channel {Channel}: {Refusal}")]
    private partial void LogRefused(string channel, string refusal);
}
