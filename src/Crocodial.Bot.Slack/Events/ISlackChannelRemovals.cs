namespace Crocodial.Bot.Slack.Events;

/// <summary>
/// Told when the bot can no longer post somewhere: removed from a channel, the app uninstalled, or its token
/// revoked. Daily subscriptions (a later issue) implement this to deactivate what posts there (DECISIONS §6);
/// until then the default only lets the event be logged.
/// </summary>
public interface ISlackChannelRemovals
{
    Task RemovedAsync(SlackRemoval removal, CancellationToken cancellationToken);
}

/// <summary><see cref="ChannelId"/> is null when the whole workspace is gone (uninstalled, token revoked).</summary>
public sealed record SlackRemoval(SlackEventKind Kind, string TeamId, string? ChannelId);

internal sealed class NoSlackChannelRemovals : ISlackChannelRemovals
{
    public Task RemovedAsync(SlackRemoval removal, CancellationToken cancellationToken) => Task.CompletedTask;
}
