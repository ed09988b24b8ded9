using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Host.Scheduling;

namespace Crocodial.Bot.Host.Delivery;

/// <summary>
/// What one post needs from the report API, after the channel's access was checked again: the report for
/// <see cref="Current"/> and, for a comparison, <see cref="Previous"/>. The queries carry the resolved tenants,
/// so posts with the same tenants and days share one call. <see cref="Refusal"/> is set when the channel may
/// no longer see its tenants; nothing is then fetched.
/// </summary>
internal sealed record DailyPlan(
    string ChannelKey,
    IReadOnlyList<string> Tenants,
    ScheduledReportRange Range,
    DateOnly Today,
    ReportQuery Current,
    ReportQuery? Previous,
    string? Refusal)
{
    /// <summary>The request that gives exactly <paramref name="query"/> for this channel: the resolved tenants, or all of them.</summary>
    public ReportRequest RequestFor(ReportQuery query) =>
        new(ChannelKey, query.Tenants, query.Tenants.Count == 0, query.Range);

    /// <summary>"TTY, AAA", or "all tenants".</summary>
    public string TenantsText => Tenants.Count == 0 ? "all tenants" : string.Join(", ", Tenants);
}
