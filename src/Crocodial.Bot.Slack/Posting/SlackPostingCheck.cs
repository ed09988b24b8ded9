using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Slack.Posting;

/// <summary>
/// Whether a morning post can reach a Slack conversation, asked before a subscription is stored (DECISIONS §6),
/// so the asker learns now, not at eight tomorrow, that the bot must be invited. <c>conversations.info</c>
/// says <c>is_member</c> for channels the bot can see, and <c>channel_not_found</c> for a private channel it
/// was never invited to.
/// </summary>
public sealed partial class SlackPostingCheck(IServiceScopeFactory scopes, ILogger<SlackPostingCheck> logger)
{
    public const string Unchecked = "I couldn't check whether I can post in this channel: Slack didn't answer in time. Please try again in a minute.";

    public const string Archived = "This channel is archived, so I can't post in it.";

    /// <summary>The manifest's display name, for when <c>auth.test</c> has not told us the bot's name.</summary>
    public const string DefaultBotName = "Crocodial";

    /// <summary>
    /// The asker is looking at "Setting up the daily summary…": a Slack that is this slow gets "try again" rather
    /// than a long silence (the client's own read retries fit inside it).
    /// </summary>
    internal static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    private volatile string? _botName;

    public static string InviteHint(string botName) =>
        $"I'm not in this channel yet, so I couldn't post here. Add me with /invite @{botName} and try again.";

    /// <summary>Null when the bot can post into <paramref name="channel"/>; else one sentence saying what to do.</summary>
    public async Task<string?> CheckAsync(SubscriptionChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var channelId = channel.Address[(channel.Address.IndexOf('/', StringComparison.Ordinal) + 1)..];
        if (channelId.StartsWith('D'))
        {
            // The bot's own direct-message conversation (the Messages tab): it can always post there.
            return null;
        }

        using var scope = scopes.CreateScope();
        var slack = scope.ServiceProvider.GetRequiredService<SlackApiClient>();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        try
        {
            var result = await slack.GetConversationAsync(channelId, budget.Token);
            if (result.IsOk)
            {
                var conversation = result.Value!;
                return conversation.IsArchived ? Archived
                    : conversation.IsIm || conversation.IsMember ? null
                    : InviteHint(await BotNameAsync(slack, budget.Token));
            }

            LogNotChecked(logger, channelId, result.Error.Code);
            return result.Error switch
            {
                { Code: "channel_not_found" or "not_in_channel" } => InviteHint(await BotNameAsync(slack, budget.Token)),
                { Code: "is_archived" } => Archived,
                { Kind: SlackErrorKind.Configuration } => result.Error.UserMessage,
                _ => Unchecked,
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogNotChecked(logger, channelId, "over budget");
            return Unchecked;
        }
    }

    /// <summary>The name <c>/invite</c> takes, asked once; the default name when Slack is slow or says nothing.</summary>
    private async Task<string> BotNameAsync(SlackApiClient slack, CancellationToken cancellationToken)
    {
        if (_botName is { } known)
        {
            return known;
        }

        try
        {
            var result = await slack.AuthTestAsync(cancellationToken);
            if (result.IsOk && !string.IsNullOrWhiteSpace(result.Value!.User))
            {
                return _botName = result.Value.User.Trim();
            }
        }
        catch (OperationCanceledException)
        {
            // Out of budget: the hint still works with the manifest's name.
        }

        return DefaultBotName;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack conversations.info for {Channel} failed ({Code}); the subscription was not stored")]
    private static partial void LogNotChecked(ILogger logger, string channel, string code);
}
