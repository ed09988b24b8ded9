using Crocodial.Bot.Core.Access;
using Crocodial.Bot.Core.Conversation;
using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Slack.Answering;

/// <summary>A question asked in Slack: the words (mention stripped, unescaped), the workspace, the conversation and who asked.</summary>
internal sealed record SlackAsk(string Text, string TeamId, string ChannelId, string UserId)
{
    /// <summary>Access is decided per conversation (<c>slack:&lt;team&gt;/&lt;channel&gt;</c>).</summary>
    public string ChannelKey => Core.Access.ChannelKey.ForSlack(TeamId, ChannelId);

    /// <summary>Who asked and where a subscription made here posts travel with the words, button clicks included.</summary>
    public ChatMessage ToMessage(string? askerTimeZone = null) => new(Text, ChannelKey, askerTimeZone)
    {
        AskerId = "slack:" + UserId,
        SubscriptionChannel = SubscriptionChannel.ForSlack(TeamId, ChannelId),
    };
}
