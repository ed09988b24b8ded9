using Crocodial.Bot.Core.Access;

namespace Crocodial.Bot.Teams.Activities;

/// <summary>
/// What must be kept to post into a conversation later (§4.1). <see cref="ServiceUrl"/> is stored
/// exactly as received: it may carry the tenant in its path and must not be rebuilt or lower-cased.
/// </summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ChannelId,
    string ConversationId,
    string? ConversationType,
    string? TenantId,
    string? BotId,
    string? BotName,
    string? UserId,
    string? UserAadObjectId,
    string? Locale,
    string? LocalTimezone,
    string? TeamId,
    string? TeamsChannelId)
{
    /// <summary>The conversation id without a channel thread's <c>;messageid=…</c> suffix.</summary>
    public string BaseConversationId => ChannelKey.WithoutThread(ConversationId);

    public bool IsChannel => string.Equals(ConversationType, "channel", StringComparison.OrdinalIgnoreCase);

    /// <summary>The reference an activity points back to, or null when it lacks a service URL or conversation id.</summary>
    public static ConversationReference? FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) || string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return null;
        }

        return new ConversationReference(
            activity.ServiceUrl,
            activity.ChannelId ?? "msteams",
            activity.Conversation.Id,
            activity.Conversation.ConversationType,
            activity.TenantId,
            activity.Recipient?.Id,
            activity.Recipient?.Name,
            activity.From?.Id,
            activity.From?.AadObjectId,
            activity.Locale,
            activity.LocalTimezone,
            activity.ChannelData?.Team?.Id,
            activity.ChannelData?.Channel?.Id);
    }
}
