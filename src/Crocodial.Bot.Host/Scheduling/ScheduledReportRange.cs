using Crocodial.Bot.Core.Commands;

namespace Crocodial.Bot.Host.Scheduling;

/// <summary>
/// The days a morning post reports (DECISIONS §2, commands.md §5): the last complete call-centre day at the moment
/// of posting — in <c>Crocodial:TimeZone</c>, not the subscription's zone — or the last 7 complete days for a table;
/// a comparison is the same range one week earlier (so each day meets the same weekday).
/// </summary>
internal sealed record ScheduledReportRange(DateOnly From, DateOnly To, DateOnly? CompareFrom, DateOnly? CompareTo)
{
    public static ScheduledReportRange For(SubscriptionContent content, DateTimeOffset postingAt, TimeZoneInfo callCentreZone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(postingAt, callCentreZone).DateTime);
        var to = today.AddDays(-1);
        var from = content is SubscriptionContent.Table or SubscriptionContent.TableAndComparison ? today.AddDays(-7) : to;
        return content is SubscriptionContent.Comparison or SubscriptionContent.TableAndComparison
            ? new ScheduledReportRange(from, to, from.AddDays(-7), to.AddDays(-7))
            : new ScheduledReportRange(from, to, null, null);
    }
}
