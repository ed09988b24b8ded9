using Crocodial.Bot.Core.Access;
using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Formatting;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Core.Views;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Core.Conversation;

/// <summary>
/// The chat side of morning posts (commands.md §5): subscribe, list, unsubscribe, send now. It checks who may
/// change them (<c>Subscriptions:Managers</c>), which tenants the channel may see, the time and zone, and that
/// the bot can post there; the <see cref="ISubscriptionBook"/> keeps them and posts.
/// </summary>
public sealed class SubscriptionDesk(
    ISubscriptionBook book,
    AccessPolicy access,
    CallCentreClock clock,
    TimeProvider time,
    IOptions<SubscriptionsOptions> options,
    IOptions<BotOptions> bot)
{
    public const string Example = "subscribe daily at 8:00 for TTY";

    private readonly SubscriptionWording _wording = new(new DisplayFormat(bot.Value.Culture));

    public async Task<IChatView> AnswerAsync(Command command, ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(message);
        if (message.SubscriptionChannel is not { } channel)
        {
            // The example must work where it is shown: the terminal can report, not subscribe.
            return ErrorView.Build(
                $"Daily summaries live in a Teams or Slack channel: say \"{Example}\" there and I'll post into that channel. Here I can show the numbers themselves.",
                example: "stats yesterday") with { Title = "Daily summaries need a channel" };
        }

        var sendNow = command.Target is { SendNow: true };
        if (command.Intent == CommandIntent.Subscriptions && !sendNow)
        {
            return await ListAsync(channel, cancellationToken);
        }

        if (!options.Value.MayManage(message.AskerId))
        {
            return ErrorView.Build(
                "Only the bot's subscription managers can set up, stop or send daily summaries. Ask one of them, or an admin.",
                example: "subscriptions");
        }

        return command.Intent == CommandIntent.Subscribe ? await SubscribeAsync(command, message, channel, cancellationToken)
            : sendNow ? await SendNowAsync(command.Target!, channel, cancellationToken)
            : await UnsubscribeAsync(command.Target, channel, cancellationToken);
    }

    /// <summary>
    /// Said while the store (and, for send now, the report API and the channel) are worked on; null for other intents.
    /// Subscription answers are never "immediate": they read the store and may ask the chat platform first.
    /// </summary>
    public static string? WorkingLine(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command switch
        {
            { Target: { SendNow: true, Id: { } id } } => $"Sending daily summary #{id} now…",
            { Intent: CommandIntent.Subscribe } => "Setting up the daily summary…",
            { Intent: CommandIntent.Subscriptions } => "Looking up this channel's daily summaries…",
            { Intent: CommandIntent.Unsubscribe } => "Updating this channel's daily summaries…",
            _ => null,
        };
    }

    private async Task<IChatView> ListAsync(SubscriptionChannel channel, CancellationToken ct)
    {
        var entries = await book.ListAsync(channel, ct);
        if (entries.Count == 0)
        {
            return new SubscriptionsView(
                "No daily summaries in this channel",
                "Nothing is scheduled here yet. I can post yesterday's numbers every morning.",
                [],
                $"Try “{Example}” or “subscribe weekdays at 7:30 Europe/Madrid for AAA and BBB with table”.",
                []);
        }

        var today = clock.Today;
        return new SubscriptionsView(
            "Daily summaries in this channel",
            entries.Count == 1 ? "One is scheduled here." : $"{entries.Count} are scheduled here.",
            [.. entries.Select(e => _wording.Item(e, today))],
            $"Stop one with “unsubscribe {entries[0].Subscription.Id}”, or every one with “unsubscribe all”.",
            []);
    }

    private async Task<IChatView> SubscribeAsync(Command command, ChatMessage message, SubscriptionChannel channel, CancellationToken ct)
    {
        if (command.Subscription is not { } request)
        {
            return ErrorView.Build("I couldn't read that as a daily summary.", example: Example);
        }

        if (TimeOrZoneProblem(request) is { } problem)
        {
            return ErrorView.Build(problem, example: command.Suggestion ?? $"{Example}, or subscribe weekdays at 7:30 Europe/Madrid");
        }

        var decision = access.Decide(channel.Key, command.Tenants, command.AllTenants);
        if (!decision.IsAllowed)
        {
            return ErrorView.Build(decision.Refusal!, example: "subscribe daily at 8:00");
        }

        if (await book.CheckCanPostAsync(channel, ct) is { } cannotPost)
        {
            return ErrorView.Build(cannotPost);
        }

        // Named tenants are kept as named; "all tenants" as what the channel sees now; none as "the channel's
        // defaults at posting time", so a later change of the access rules is followed.
        var tenants = command.Tenants.Count > 0 ? command.Tenants : command.AllTenants ? decision.Tenants : [];
        var (zone, zoneWhy) = ZoneFor(request, message);
        var wanted = NewSubscription.From(request, channel, tenants, zone, message.AskerId ?? "unknown", time.GetUtcNow());
        var existing = await book.ListAsync(channel, ct);
        if (existing.FirstOrDefault(e => SameAs(e.Subscription, wanted)) is { } twin)
        {
            return new SubscriptionsView(
                $"Already subscribed: #{twin.Subscription.Id}",
                "This channel already has exactly that daily summary, so I didn't add another.",
                [_wording.Item(twin, clock.Today)],
                "See them all with “subscriptions”.",
                []);
        }

        var entry = await book.AddAsync(wanted, ct);
        var s = entry.Subscription;
        var first = entry.NextRunAt is { } at ? $" The first one is due {_wording.When(at, s.Zone, clock.Today)}." : "";
        return new SubscriptionsView(
            $"Subscribed: #{s.Id}",
            $"I'll post here {SubscriptionWording.DaysPhrase(s.Days)} at {SubscriptionWording.Clock(s.Time)} in {s.Zone}{zoneWhy}.{first}",
            [_wording.Item(entry, clock.Today)],
            $"See them all with “subscriptions”; stop this one with “unsubscribe {s.Id}”.",
            []);
    }

    private async Task<IChatView> UnsubscribeAsync(SubscriptionTarget? target, SubscriptionChannel channel, CancellationToken ct)
    {
        if (target is { All: true })
        {
            var removed = await book.RemoveAllAsync(channel, ct);
            return removed == 0
                ? NothingScheduled()
                : new SubscriptionsView(
                    "Unsubscribed",
                    removed == 1 ? "I stopped this channel's daily summary." : $"I stopped all {removed} daily summaries in this channel.",
                    [], $"Start again with “{Example}”.", []);
        }

        var entries = await book.ListAsync(channel, ct);
        if (entries.Count == 0)
        {
            return NothingScheduled();
        }

        if (target?.Id is not { } id)
        {
            if (entries.Count > 1)
            {
                return new SubscriptionsView(
                    "Which one should I stop?",
                    $"This channel has {entries.Count} daily summaries. Say “unsubscribe {entries[0].Subscription.Id}”, or “unsubscribe all”.",
                    [.. entries.Select(e => _wording.Item(e, clock.Today))],
                    null,
                    []);
            }

            id = (int)entries[0].Subscription.Id;
        }

        var entry = entries.FirstOrDefault(e => e.Subscription.Id == id);
        if (entry is null || !await book.RemoveAsync(id, channel, ct))
        {
            return NotHere(id, entries);
        }

        return new SubscriptionsView(
            $"Unsubscribed #{id}",
            $"I stopped #{id}: {SubscriptionWording.Schedule(entry.Subscription)}, {SubscriptionWording.What(entry.Subscription)}.",
            [], "See what is left with “subscriptions”.", []);
    }

    private async Task<IChatView> SendNowAsync(SubscriptionTarget target, SubscriptionChannel channel, CancellationToken ct)
    {
        if (target.Id is not { } id)
        {
            return ErrorView.Build("Which daily summary should I send? Give its number.", example: "subscription 7 send now");
        }

        var result = await book.SendNowAsync(id, channel, ct);
        if (!result.Found)
        {
            return NotHere(id, await book.ListAsync(channel, ct));
        }

        return result.Problem is { } problem
            ? ErrorView.Build(problem, understood: $"Send daily summary #{id} now", retryCommand: $"subscription {id} send now")
            : new SubscriptionsView(
                $"Sent #{id}",
                $"I posted #{id}'s summary in this channel now. It doesn't replace the scheduled post.",
                [], "See when it posts next with “subscriptions”.", []);
    }

    private static SubscriptionsView NothingScheduled() => new(
        "No daily summaries in this channel", "There is nothing to stop here.", [], $"Start one with “{Example}”.", []);

    private static ErrorView NotHere(long id, IReadOnlyList<SubscriptionEntry> entries) => ErrorView.Build(
        entries.Count == 0
            ? $"This channel has no daily summary #{id}; nothing is scheduled here."
            : $"This channel has no daily summary #{id}. Its daily summaries are {string.Join(", ", entries.Select(e => $"#{e.Subscription.Id}"))}.",
        example: "subscriptions");

    /// <summary>The sentence naming a bad time or zone, or null when both can be used.</summary>
    private static string? TimeOrZoneProblem(SubscriptionRequest request)
    {
        var time = request.TimeProblem switch
        {
            ScheduleProblem.Missing => "Tell me when to post: add a time such as “at 8:00” or “at 7:30 pm”.",
            ScheduleProblem.None => null,
            _ => $"“{request.TimeText}” isn't a time of day I can post at; use 0:00 to 23:59, like “at 8:00” or “at 7:30 pm”.",
        };
        var zone = request.ZoneProblem switch
        {
            ScheduleProblem.None => null,
            ScheduleProblem.Abbreviation =>
                $"“{request.ZoneText?.ToUpperInvariant()}” could mean several time zones; use a zone id{(request.SuggestedZone is { } z ? $" such as {z}" : " such as Europe/Madrid")}.",
            _ => $"I don't know the time zone “{request.ZoneText}”; use a zone id such as Europe/Madrid, America/New_York or UTC.",
        };
        return time is null && zone is null ? null : string.Join(" ", new[] { time, zone }.OfType<string>());
    }

    /// <summary>The zone the command named, else the asker's, else the call centre's — and why, when it was not named.</summary>
    private (string Zone, string Why) ZoneFor(SubscriptionRequest request, ChatMessage message)
    {
        if (request.Zone is { } named)
        {
            return (named, "");
        }

        return message.AskerTimeZone is { } mine && TimeZoneInfo.TryFindSystemTimeZoneById(mine, out _)
            ? (mine, " (your time zone)")
            : (clock.ZoneId, " (the call centre's time zone)");
    }

    private static bool SameAs(Subscription existing, NewSubscription wanted) =>
        existing.Time == wanted.Time
        && existing.Zone == wanted.Zone
        && existing.Content == wanted.Content
        && existing.SkipEmpty == wanted.SkipEmpty
        && existing.Days.SequenceEqual(wanted.Days)
        && existing.Tenants.SequenceEqual(wanted.Tenants);
}
