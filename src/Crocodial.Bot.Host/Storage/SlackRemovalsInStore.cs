using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Slack.Events;

namespace Crocodial.Bot.Host.Storage;

/// <summary>
/// When the bot leaves a Slack channel, or the app leaves the workspace, the subscriptions that post there
/// stop (DECISIONS §6): a post into a channel the bot can't reach would only fail every morning.
/// </summary>
internal sealed partial class SlackRemovalsInStore(ISubscriptionStore store, ILogger<SlackRemovalsInStore> logger) : ISlackChannelRemovals
{
    public async Task RemovedAsync(SlackRemoval removal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(removal);
        var stopped = removal.ChannelId is { } channel
            ? await store.DeactivateByAddressAsync(ChatPlatform.Slack, SubscriptionChannel.ForSlack(removal.TeamId, channel).Address, cancellationToken)
            : await store.DeactivateWorkspaceAsync(ChatPlatform.Slack, removal.TeamId, cancellationToken);
        LogStopped(removal.Kind, removal.TeamId, removal.ChannelId ?? "(whole workspace)", stopped);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack {Kind} for {Team}/{Channel}: {Count} subscription(s) stopped")]
    private partial void LogStopped(SlackEventKind kind, string team, string channel, int count);
}
