using Crocodial.Bot.Core.Work;
using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.AdaptiveCards;
using Crocodial.Bot.Teams.Connector;
using Crocodial.Bot.Teams.References;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Teams.Turns;

/// <summary>
/// <c>installationUpdate</c> and <c>conversationUpdate</c>: keep the conversation reference when the bot is added
/// (personal, group chat or team), greet once, and mark it inactive when the bot is removed (§4.2, §4.4).
/// Teams sends both events for one install; the store says whether the conversation was already active, so
/// the welcome goes out once.
/// </summary>
public sealed class InstallationHandler(
    IConversationReferenceStore references,
    WorkQueue queue,
    ConnectorClient connector,
    ILogger<InstallationHandler> logger)
{
    public async Task HandleAsync(Activity activity, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reference);
        switch (Change(activity))
        {
            case true:
                var greet = await references.SaveAsync(reference, cancellationToken);
                if (greet && !queue.TryEnqueue("teams:welcome", ct => WelcomeAsync(reference, ct)))
                {
                    TeamsLog.Busy(logger, reference.ConversationId);
                    greet = false;
                }

                TeamsLog.Installed(logger, reference.ConversationId, reference.ConversationType, greet);
                break;
            case false:
                await references.DeactivateAsync(reference.ConversationId, cancellationToken);
                TeamsLog.Removed(logger, reference.ConversationId);
                break;
        }
    }

    /// <summary>True: the bot was added; false: removed; null: an event about someone or something else.</summary>
    internal static bool? Change(Activity activity)
    {
        if (activity.IsType(ActivityTypes.InstallationUpdate))
        {
            return activity.Action?.ToLowerInvariant() switch
            {
                "add" or "add-upgrade" => true,
                "remove" or "remove-upgrade" => false,
                _ => null,
            };
        }

        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId))
        {
            return null;
        }

        bool IsBot(ChannelAccount member) => string.Equals(member.Id, botId, StringComparison.OrdinalIgnoreCase);
        return (activity.MembersAdded ?? []).Any(IsBot) ? true
            : (activity.MembersRemoved ?? []).Any(IsBot) ? false
            : null;
    }

    private async Task WelcomeAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var personal = string.Equals(reference.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);
        var card = SystemCards.Welcome(personal, reference.BotName);
        var result = await connector.SendToConversationAsync(reference,
            AdaptiveCardRenderer.ToActivity(card, SystemCards.WelcomeTitle), cancellationToken);
        if (result.Outcome == ConnectorOutcome.BotRemoved)
        {
            await references.DeactivateAsync(reference.ConversationId, cancellationToken);
        }
    }
}
