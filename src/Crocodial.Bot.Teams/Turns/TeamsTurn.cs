using Crocodial.Bot.Core.Access;
using Crocodial.Bot.Core.Conversation;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Teams.Activities;

namespace Crocodial.Bot.Teams.Turns;

/// <summary>One question to answer: where it came from, the message to reply to (if any) and the words.</summary>
public sealed record TeamsTurn(ConversationReference Reference, string? ActivityId, string Text)
{
    /// <summary>Longer input is cut: no real question is this long, and the parser need not see megabytes.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>
    /// The words with where they came from and who asked: the Entra object id when Teams sends it (stable across
    /// the user's chats and tenants' bots), else the channel account id. Invokes (button clicks) build the same.
    /// </summary>
    public ChatMessage Message => new(
        Text.Length > MaxTextLength ? Text[..MaxTextLength] : Text,
        ChannelKey.ForTeams(Reference.TenantId ?? "", Reference.ConversationId),
        string.IsNullOrWhiteSpace(Reference.LocalTimezone) ? null : Reference.LocalTimezone)
    {
        AskerId = AskerId(Reference),
        SubscriptionChannel = SubscriptionChannel.ForTeams(Reference.TenantId ?? "", Reference.ConversationId),
    };

    private static string? AskerId(ConversationReference reference) =>
        !string.IsNullOrWhiteSpace(reference.UserAadObjectId) ? "teams:" + reference.UserAadObjectId
        : !string.IsNullOrWhiteSpace(reference.UserId) ? "teams:" + reference.UserId
        : null;
}
