using System.Globalization;
using Crocodial.Bot.Core;
using Crocodial.Bot.Core.Access;
using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Formatting;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Host.Scheduling;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Host.Delivery;

/// <summary>
/// A subscription's post as a channel-neutral <see cref="ReportView"/>: the same view the chat answers use, titled
/// as the daily summary and carrying the notes only a scheduled post has (late, sent on request).
/// </summary>
internal sealed class DailySummaryBuilder(AccessPolicy access, CallCentreClock clock, IOptions<BotOptions> bot)
{
    private readonly DisplayFormat _format = new(bot.Value.Culture);
    private readonly ReportViewBuilder _views = new(bot.Value);

    /// <summary>The days a post at <paramref name="postingAt"/> reports, and whether its channel may still see its tenants.</summary>
    public DailyPlan Plan(Subscription subscription, DateTimeOffset postingAt)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var range = ScheduledReportRange.For(subscription.Content, postingAt, clock.Zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(postingAt, clock.Zone).DateTime);
        var decision = access.Decide(subscription.Channel.Key, subscription.Tenants, allTenants: false);
        var current = new ReportQuery(decision.Tenants, new DateRange(range.From, range.To));
        var previous = range is { CompareFrom: { } from, CompareTo: { } to } ? new ReportQuery(decision.Tenants, new DateRange(from, to)) : null;
        return new DailyPlan(subscription.Channel.Key, decision.Tenants, range, today, current, previous, decision.Refusal);
    }

    public ReportView Build(Subscription subscription, DailyPlan plan, ReportData current, ReportData? previous, IEnumerable<string> extraNotes)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(plan);
        var kind = subscription.Content is SubscriptionContent.Table or SubscriptionContent.TableAndComparison
            ? ReportViewKind.Table
            : ReportViewKind.Summary;
        var view = _views.Build(new ReportViewRequest(current, kind, plan.Today, clock.ZoneId)
        {
            Previous = previous,
            AllTenants = plan.Tenants.Count == 0,
        });
        return view with
        {
            Title = $"Daily summary · {(plan.Tenants.Count == 0 ? "All tenants" : string.Join(", ", plan.Tenants))} · {_format.Range(current.Query.Range, plan.Today)}",
            Notes = [.. extraNotes, .. view.Notes],
        };
    }

    /// <summary>"Posted late: the bot was not running at 08:00." — the posting time in the subscription's zone.</summary>
    public static string LateNote(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return $"Posted late: the bot was not running at {subscription.Time.ToString("HH:mm", CultureInfo.InvariantCulture)}.";
    }

    public static string SentOnRequestNote(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return $"Sent on request, as a test of daily summary #{subscription.Id.ToString(CultureInfo.InvariantCulture)}; its schedule is unchanged.";
    }

    /// <summary>Whether the days reported had no calls at all (<c>skip empty</c>).</summary>
    public static bool HasNoCalls(ReportData current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current.Days.Sum(d => (long)d.TotalCalls) == 0;
    }

    /// <summary>The command that asks for the same report by hand, for notices ("stats 2025-12-02 for TTY").</summary>
    public static string ByHand(Subscription subscription, DailyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(plan);
        var range = plan.Current.Range;
        return plan.Previous is { } previous
            ? ReportCommandText.Compare(range, previous.Range, plan.Tenants, plan.Tenants.Count == 0)
            : ReportCommandText.Report(
                subscription.Content is SubscriptionContent.Table ? ReportViewKind.Table : ReportViewKind.Summary,
                range, plan.Tenants, plan.Tenants.Count == 0);
    }
}
