using Crocodial.Bot.Core.Access;

namespace Crocodial.Bot.Core.Subscriptions;

/// <summary>
/// The channel a subscription posts into. <see cref="Address"/> is what delivery needs: <c>T0123/C0456</c>
/// (Slack team/channel) or the Teams conversation id of the stored conversation reference.
/// <see cref="Key"/> is the <c>Access:Rules</c> channel key, checked again at every post.
/// </summary>
public sealed record SubscriptionChannel(ChatPlatform Platform, string Address, string Key)
{
    public static SubscriptionChannel ForSlack(string teamId, string channelId) =>
        new(ChatPlatform.Slack, $"{teamId}/{channelId}", ChannelKey.ForSlack(teamId, channelId));

    /// <summary>A channel thread's <c>;messageid=…</c> is dropped: a morning post starts its own thread.</summary>
    public static SubscriptionChannel ForTeams(string tenantId, string conversationId)
    {
        var key = ChannelKey.ForTeams(tenantId, conversationId);
        return new(ChatPlatform.Teams, key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..], key);
    }
}
