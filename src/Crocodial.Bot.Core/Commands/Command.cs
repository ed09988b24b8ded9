using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;

namespace Crocodial.Bot.Core.Commands;

/// <summary>
/// A chat command as understood by <see cref="CommandParser"/>. Ranges are already cut at today (rule D2);
/// when <see cref="Range"/> is null, <see cref="Reason"/> says why, else it is null.
/// </summary>
public sealed record Command
{
    public CommandIntent Intent { get; init; } = CommandIntent.Help;

    /// <summary>Null when the intent shows no report (subscribe, subscriptions, unsubscribe, explain, help).</summary>
    public ReportViewKind? View { get; init; }

    public Metric? Metric { get; init; }

    public DateRange? Range { get; init; }

    public RangeReason? Reason { get; init; } = RangeReason.None;

    /// <summary>How the range was named, for "previous period" (<see cref="PreviousPeriod.For(DateRange, PeriodKind)"/>).</summary>
    public PeriodKind RangeKind { get; init; }

    /// <summary>The date words understood, normalised ("last 7 days", "may 20 - 30"); null when none.</summary>
    public string? DateText { get; init; }

    /// <summary>Upper case, de-duplicated, in order of first mention; empty when none were named.</summary>
    public IReadOnlyList<string> Tenants { get; init; } = [];

    public bool AllTenants { get; init; }

    /// <summary>The second period of a compare (B); null when it has no usable range (see <see cref="CompareReason"/>).</summary>
    public DateRange? CompareRange { get; init; }

    public RangeReason? CompareReason { get; init; }

    public SubscriptionRequest? Subscription { get; init; }

    public SubscriptionTarget? Target { get; init; }

    /// <summary>A did-you-mean command for a near miss, or null.</summary>
    public string? Suggestion { get; init; }

    /// <summary>Words that were not understood and changed nothing, as typed (lower case).</summary>
    public IReadOnlyList<string> UnknownWords { get; init; } = [];

    public IReadOnlyList<WordCorrection> Corrections { get; init; } = [];
}
