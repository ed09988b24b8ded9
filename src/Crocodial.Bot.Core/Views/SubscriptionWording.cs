using System.Globalization;
using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Formatting;
using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Core.Views;

/// <summary>How a subscription reads in chat: "#7 · Weekdays at 07:30 (Europe/Madrid)", what it posts, its next and last runs.</summary>
public sealed class SubscriptionWording(DisplayFormat format)
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public SubscriptionItem Item(SubscriptionEntry entry, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var s = entry.Subscription;
        return new SubscriptionItem(
            s.Id,
            $"#{s.Id} · {Schedule(s)}",
            [What(s), NextRun(entry, today), LastRun(entry, today)],
            [new ViewAction("Send now", $"subscription {s.Id} send now"), new ViewAction("Unsubscribe", $"unsubscribe {s.Id}")]);
    }

    /// <summary>"Weekdays at 07:30 (Europe/Madrid)".</summary>
    public static string Schedule(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return $"{Days(subscription.Days)} at {Clock(subscription.Time)} ({subscription.Zone})";
    }

    /// <summary>"Summary of the previous day for TTY, skipped on days without calls".</summary>
    public static string What(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var what = subscription.Content switch
        {
            SubscriptionContent.Table => "Per-day table of the previous 7 days",
            SubscriptionContent.Comparison => "Summary of the previous day, compared with the same weekday a week before",
            SubscriptionContent.TableAndComparison => "Per-day table of the previous 7 days, compared with the 7 days before",
            _ => "Summary of the previous day",
        };
        var skip = subscription.SkipEmpty ? "; skipped on days without calls" : "";
        return $"{what}, for {Tenants(subscription.Tenants)}{skip}";
    }

    public static string Tenants(IReadOnlyList<string> tenants)
    {
        ArgumentNullException.ThrowIfNull(tenants);
        return tenants.Count == 0 ? "this channel's tenants" : string.Join(", ", tenants);
    }

    /// <summary>"Next: Mon 8 Dec, 07:30", in the subscription's own zone.</summary>
    public string NextRun(SubscriptionEntry entry, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.NextRunAt is { } at ? $"Next: {When(at, entry.Subscription.Zone, today)}" : "Next: not scheduled";
    }

    /// <summary>How the latest scheduled day ended: "Last posted Fri 5 Dec, 07:31", or "Not posted yet".</summary>
    public string LastRun(SubscriptionEntry entry, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.LastDelivery is not { } last)
        {
            return "Not posted yet";
        }

        var zone = entry.Subscription.Zone;
        var day = format.Day(last.LocalDate, last.LocalDate.Year != today.Year);
        return last.Outcome switch
        {
            DeliveryOutcome.Posted => $"Last posted {When(last.OutcomeAt ?? last.ClaimedAt, zone, today)}",
            DeliveryOutcome.Failed => $"Last: couldn't post on {day}",
            DeliveryOutcome.Missed => $"Last: missed on {day} (the bot wasn't running)",
            DeliveryOutcome.Skipped => $"Last: skipped on {day} (nothing to post)",
            _ => $"Posting {day}'s summary now",
        };
    }

    /// <summary>"Mon 8 Dec, 07:30" in <paramref name="zoneId"/>.</summary>
    public string When(DateTimeOffset at, string zoneId, DateOnly today)
    {
        var local = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) ? TimeZoneInfo.ConvertTime(at, zone) : at;
        var date = DateOnly.FromDateTime(local.DateTime);
        return $"{format.Day(date, date.Year != today.Year)}, {Clock(TimeOnly.FromDateTime(local.DateTime))}";
    }

    public static string Days(IReadOnlyList<DayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var set = days.ToHashSet();
        if (set.Count is 0 or 7)
        {
            return "Daily";
        }

        if (set.SetEquals(Weekdays))
        {
            return "Weekdays";
        }

        if (set.SetEquals([DayOfWeek.Saturday, DayOfWeek.Sunday]))
        {
            return "Weekends";
        }

        var names = NewSubscription.NormalizeDays(set).Select(d => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(d) + "s").ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
    }

    /// <summary>"every day", "on weekdays", "at weekends", "on Mondays and Thursdays".</summary>
    public static string DaysPhrase(IReadOnlyList<DayOfWeek> days) => Days(days) switch
    {
        "Daily" => "every day",
        "Weekdays" => "on weekdays",
        "Weekends" => "at weekends",
        var named => "on " + named,
    };

    public static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
