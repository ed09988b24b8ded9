using System.Globalization;
using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Host.Storage;
using Crocodial.Bot.Slack;
using Crocodial.Bot.Slack.BlockKit;
using Crocodial.Bot.Slack.Payloads;
using Crocodial.Bot.Slack.WebApi;
using Crocodial.Bot.Teams;
using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.AdaptiveCards;
using Crocodial.Bot.Teams.Connector;
using Crocodial.Bot.Teams.References;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Host.Delivery;

/// <summary>
/// Puts a daily summary (or a notice about one) into its channel. Slack: <c>chat.postMessage</c> with message
/// metadata, so the post can be found again (paced per channel by <see cref="SlackPacer"/>). Teams: the stored
/// conversation reference — a new thread in a channel (DECISIONS §6), a plain message in a personal or group chat —
/// paced by <see cref="TeamsPacer"/>. Every platform answer becomes a <see cref="SendResult"/>, never an exception.
/// </summary>
internal sealed class DailyPostSender(
    IServiceScopeFactory scopes,
    ISubscriptionStore store,
    IConversationReferenceStore references,
    TeamsPacer teamsPacer,
    IOptions<SlackOptions> slack,
    IOptions<TeamsOptions> teams)
{
    public const string EventType = "crocodial_daily_summary";

    /// <summary>A "send now" post: never mistaken for the scheduled post of its day.</summary>
    public const string OnRequestEventType = "crocodial_summary_on_request";

    /// <summary>Slack answers that mean the bot cannot post in that channel any more (the app left, was removed or uninstalled).</summary>
    private static readonly HashSet<string> SlackRemovedCodes = new(StringComparer.Ordinal)
    {
        "channel_not_found", "not_in_channel", "is_archived", "account_inactive", "token_revoked",
    };

    /// <summary>Slack refused the layout, not the post: worth one more try with the table as text.</summary>
    private static readonly HashSet<string> RejectedCodes = new(StringComparer.Ordinal)
    {
        "slack invalid_blocks", "slack invalid_blocks_format", "slack msg_blocks_too_long",
    };

    public static SlackMessageMetadata Metadata(long subscriptionId, DateOnly localDate, int attempt, string instance) => new(EventType, new JsonObject
    {
        ["subscription_id"] = subscriptionId,
        ["local_date"] = localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["attempt"] = attempt,
        ["claimed_by"] = instance,
    });

    public Task<SendResult> SendAsync(Subscription subscription, ReportView view, SlackMessageMetadata? metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(view);
        return subscription.Channel.Platform == ChatPlatform.Slack
            ? SendToSlackAsync(subscription, view, metadata, cancellationToken)
            : SendToTeamsAsync(subscription, AdaptiveCardRenderer.ToActivity(view), cancellationToken);
    }

    public Task<SendResult> SendNoticeAsync(Subscription subscription, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return subscription.Channel.Platform == ChatPlatform.Slack
            ? PostToSlackAsync(subscription, new SlackOutgoingMessage(SlackChannelId(subscription), text), cancellationToken)
            : SendToTeamsAsync(subscription, Activity.CreateMessage(text), cancellationToken);
    }

    /// <summary>
    /// Our scheduled post of this subscription and day in Slack, looked for before a post that may already exist is
    /// sent again: <c>Posted</c> with its <c>ts</c> when found, null when not, else why the history could not be read.
    /// </summary>
    public async Task<SendResult?> FindSlackPostAsync(Subscription subscription, DateOnly localDate, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (!slack.Value.IsEnabled)
        {
            return SendResult.Failed("Slack is not configured on this instance");
        }

        var id = subscription.Id;
        var date = localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var scope = scopes.CreateScope();
        var client = scope.ServiceProvider.GetRequiredService<SlackApiClient>();
        var found = await client.FindMessageByMetadataAsync(
            SlackChannelId(subscription),
            EventType,
            payload => payload["subscription_id"] is JsonValue sid && sid.TryGetValue<long>(out var s) && s == id
                && payload["local_date"] is JsonValue day && day.TryGetValue<string>(out var d) && d == date,
            since,
            cancellationToken);
        if (!found.IsOk)
        {
            return FromSlack(found.Error);
        }

        return found.Value is { } message ? SendResult.Posted(message.Ts) : null;
    }

    /// <summary>The bot was removed from the channel: its subscriptions stop (and on Teams, the stored reference).</summary>
    public async Task<int> StopChannelAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var stopped = await store.DeactivateByAddressAsync(subscription.Channel.Platform, subscription.Channel.Address, cancellationToken);
        if (subscription.Channel.Platform == ChatPlatform.Teams)
        {
            await references.DeactivateAsync(subscription.Channel.Address, cancellationToken);
        }

        return stopped;
    }

    private async Task<SendResult> SendToSlackAsync(Subscription subscription, ReportView view, SlackMessageMetadata? metadata, CancellationToken cancellationToken)
    {
        var message = BlockKitRenderer.Render(view);
        var outgoing = new SlackOutgoingMessage(SlackChannelId(subscription), message.Text) { Blocks = message.Blocks, Metadata = metadata };
        var result = await PostToSlackAsync(subscription, outgoing, cancellationToken);
        if (result.Status == SendStatus.Failed && RejectedCodes.Contains(result.Error ?? "") && view.Table is not null)
        {
            // Slack refused the table block here (reference §6.5): the same post with the table as text.
            var simpler = BlockKitRenderer.Render(view, tableAsText: true);
            result = await PostToSlackAsync(subscription, outgoing with { Text = simpler.Text, Blocks = simpler.Blocks }, cancellationToken);
        }

        return result;
    }

    private async Task<SendResult> PostToSlackAsync(Subscription subscription, SlackOutgoingMessage message, CancellationToken cancellationToken)
    {
        if (!slack.Value.IsEnabled)
        {
            return SendResult.Failed("Slack is not configured on this instance");
        }

        using var scope = scopes.CreateScope();
        var client = scope.ServiceProvider.GetRequiredService<SlackApiClient>();
        var posted = await client.PostMessageAsync(message, cancellationToken);
        return posted.IsOk ? SendResult.Posted(posted.Value!.Ts) : FromSlack(posted.Error);
    }

    private static SendResult FromSlack(SlackApiError error) => error switch
    {
        _ when SlackRemovedCodes.Contains(error.Code) => SendResult.Removed("slack " + error.Code),
        { Kind: SlackErrorKind.RateLimited } => SendResult.Transient("slack " + error.Code, mayExist: false),

        // Slack may have posted before the answer was lost: look for the post before sending it again.
        { Kind: SlackErrorKind.Transport } => SendResult.Transient("slack " + error.Code, mayExist: true),
        _ => SendResult.Failed("slack " + error.Code),
    };

    private async Task<SendResult> SendToTeamsAsync(Subscription subscription, Activity activity, CancellationToken cancellationToken)
    {
        if (!teams.Value.IsEnabled)
        {
            return SendResult.Failed("Teams is not configured on this instance");
        }

        var stored = await references.GetAsync(subscription.Channel.Address, cancellationToken);
        if (stored is null)
        {
            return SendResult.Failed("no stored Teams conversation reference for this conversation");
        }

        if (!stored.IsActive)
        {
            return SendResult.Removed("teams conversation reference is inactive (bot removed)");
        }

        var reference = stored.Reference;
        await teamsPacer.WaitTurnAsync(reference.BaseConversationId, reference.TenantId, cancellationToken);
        using var scope = scopes.CreateScope();
        var connector = scope.ServiceProvider.GetRequiredService<ConnectorClient>();
        var result = reference.IsChannel
            ? await connector.CreateChannelThreadAsync(reference, activity, cancellationToken)
            : await connector.SendToConversationAsync(reference, activity, cancellationToken);
        return FromTeams(result);
    }

    private static SendResult FromTeams(ConnectorResult result)
    {
        var error = "teams " + (result.Reason ?? result.Outcome.ToString());
        return result switch
        {
            { Outcome: ConnectorOutcome.Delivered } => SendResult.Posted(result.ActivityId ?? result.ConversationId),
            { Outcome: ConnectorOutcome.BotRemoved } => SendResult.Removed(error),
            { Outcome: ConnectorOutcome.Failed, StatusCode: null or 412 or 429 } => SendResult.Transient(error,
                mayExist: result.Reason?.StartsWith("timed out", StringComparison.Ordinal) == true
                    || result.Reason?.StartsWith("connection failed", StringComparison.Ordinal) == true),
            { Outcome: ConnectorOutcome.Failed, StatusCode: >= 500 } => SendResult.Transient(error, mayExist: true),
            _ => SendResult.Failed(error),
        };
    }

    private static string SlackChannelId(Subscription subscription)
    {
        var address = subscription.Channel.Address;
        return address[(address.IndexOf('/', StringComparison.Ordinal) + 1)..];
    }
}
