using Crocodial.Bot.Core.Access;
using Crocodial.Bot.Core.Conversation;
using Crocodial.Bot.Teams.Activities;

namespace Crocodial.Bot.Teams.Turns;

/// <summary>One question to answer: where it came from, the message to reply to (if any) and the words.</summary>
public sealed record TeamsTurn(ConversationReference Reference, string? ActivityId, string Text)
{
    /// <summary>Longer input is cut: no real question is this long, and the parser need not see megabytes.</summary>
    public const int MaxTextLength = 2000;

    public ChatMessage Message => new(
        Text.Length > MaxTextLength ? Text[..MaxTextLength] : Text,
        ChannelKey.ForTeams(Reference.TenantId ?? "", Reference.ConversationId),
        string.IsNullOrWhiteSpace(Reference.LocalTimezone) ? null : Reference.LocalTimezone);
}
