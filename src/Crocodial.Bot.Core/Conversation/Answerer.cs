using Crocodial.Bot.Core.Access;
using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Formatting;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Core.Conversation;

/// <summary>
/// Text in, view out: the one entry point every channel and the terminal hand a question to.
/// It reads the command, fetches through <see cref="ReportSource"/> (which checks access) and builds
/// the channel-neutral view; channels only render and deliver it.
/// </summary>
public sealed class Answerer(ReportSource reports, AccessPolicy access, CallCentreClock clock, SubscriptionDesk subscriptions, IOptions<BotOptions> bot)
{
    private readonly DisplayFormat _format = new(bot.Value.Culture);
    private readonly ReportViewBuilder _views = new(bot.Value);

    public async Task<IChatView> AnswerAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var today = message.Today ?? clock.Today;
        var command = CommandParser.Parse(message.Text, today, clock.WeekStart);
        return command.Intent switch
        {
            CommandIntent.Report or CommandIntent.Compare => await ReportAsync(command, message, today, cancellationToken),
            CommandIntent.Explain => ExplainView.Build(command.Metric),
            CommandIntent.Subscribe or CommandIntent.Subscriptions or CommandIntent.Unsubscribe =>
                await subscriptions.AnswerAsync(command, message, cancellationToken),
            _ => HelpView.Build(command.Suggestion),
        };
    }

    /// <summary>
    /// What answering will fetch, to say before fetching ("Fetching inbound summary for TTY, Mon 19 – Sun 25 May…").
    /// Null when neither a report nor the subscription store is needed (help, explain, a misread date, a refused
    /// tenant): those answers are immediate, so <see cref="AnswerAsync"/> can be awaited at once.
    /// </summary>
    public string? FetchingLine(ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var today = message.Today ?? clock.Today;
        var command = CommandParser.Parse(message.Text, today, clock.WeekStart);
        if (SubscriptionDesk.WorkingLine(command) is { } working)
        {
            return working;
        }

        if (command.Intent is not (CommandIntent.Report or CommandIntent.Compare) || RangeOrDefault(command, today) is not var (range, _))
        {
            return null;
        }

        var decision = access.Decide(message.ChannelKey, command.Tenants, command.AllTenants);
        return decision.IsAllowed
            ? $"Fetching {Understood(command, command.View ?? ReportViewKind.Summary, range, today, decision.Tenants)}…"
            : null;
    }

    private async Task<IChatView> ReportAsync(Command command, ChatMessage message, DateOnly today, CancellationToken ct)
    {
        var kind = command.View ?? ReportViewKind.Summary;
        if (RangeOrDefault(command, today) is not var (range, defaultNote))
        {
            return RangeProblem(command);
        }

        var compareRange = command.Intent == CommandIntent.Compare
            ? command.CompareRange ?? PreviousPeriod.For(range, command.RangeKind)
            : (DateRange?)null;
        var retry = compareRange is { } with
            ? ReportCommandText.Compare(range, with, command.Tenants, command.AllTenants)
            : ReportCommandText.Report(kind, range, command.Tenants, command.AllTenants, command.Metric);

        var current = await reports.GetAsync(new ReportRequest(message.ChannelKey, command.Tenants, command.AllTenants, range), ct);
        if (!current.IsSuccess)
        {
            return ErrorView.From(current.Error, Understood(command, kind, range, today), retry);
        }

        ReportData? previous = null;
        if (compareRange is { } other)
        {
            var result = await reports.GetAsync(new ReportRequest(message.ChannelKey, command.Tenants, command.AllTenants, other), ct);
            if (!result.IsSuccess)
            {
                return ErrorView.From(result.Error, Understood(command, kind, other, today), retry);
            }

            previous = result.Data;
        }

        return _views.Build(new ReportViewRequest(current.Data, kind, today, clock.ZoneId)
        {
            Previous = previous,
            Metric = command.Metric,
            AllTenants = command.AllTenants,
            AskerTimeZone = message.AskerTimeZone,
            DefaultApplied = defaultNote,
        });
    }

    /// <summary>The command's range, or the configured default when it named none (with a note saying so).</summary>
    private (DateRange Range, string? DefaultNote)? RangeOrDefault(Command command, DateOnly today)
    {
        if (command.Range is { } range)
        {
            return (range, null);
        }

        if (command.Reason != RangeReason.None)
        {
            return null;
        }

        return bot.Value.DefaultRangeFor(today);
    }

    private static ErrorView RangeProblem(Command command)
    {
        var dates = command.DateText is { Length: > 0 } text ? $"“{text}”" : "the dates";
        return command.Reason == RangeReason.Future
            ? ErrorView.Build(
                $"{(command.DateText is { Length: > 0 } ? dates : "That period")} hasn't started yet, so there are no numbers for it.",
                example: "stats last week")
            : ErrorView.Build(
                $"I couldn't read {dates} as a date that exists.",
                example: "stats May 20 to 30, or 20/05/2025 - 30/05/2025");
    }

    private string Understood(Command command, ReportViewKind kind, DateRange range, DateOnly today, IReadOnlyList<string>? resolvedTenants = null)
    {
        var what = command.Intent == CommandIntent.Compare ? "comparison"
            : kind == ReportViewKind.Table ? "calls per day"
            : kind == ReportViewKind.Chart ? "chart"
            : "inbound summary";
        var named = resolvedTenants ?? command.Tenants;
        var tenants = command.AllTenants || (resolvedTenants is { Count: 0 }) ? "all tenants"
            : named.Count == 0 ? "this channel's tenants"
            : string.Join(", ", named);
        return $"{what} for {tenants}, {_format.Range(range, today)}";
    }
}
