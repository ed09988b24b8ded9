using Crocodial.Bot.Slack.Payloads;

namespace Crocodial.Bot.Slack.Events;

/// <summary>
/// Decides which events the bot answers. Our own posts come back as <c>message</c> events (with
/// <c>bot_id</c>, often without a subtype), so answering them would loop; other bots and edits are skipped too.
/// </summary>
public static class SlackEventTriage
{
    /// <summary>User-authored messages that carry a subtype but are still a question to answer.</summary>
    private static readonly HashSet<string> AnsweredSubtypes = new(StringComparer.Ordinal) { "file_share", "thread_broadcast" };

    public static SlackEventDecision Decide(SlackEvent slackEvent, SlackBotIdentity bot)
    {
        ArgumentNullException.ThrowIfNull(slackEvent);
        ArgumentNullException.ThrowIfNull(bot);
        return slackEvent.Type switch
        {
            SlackEventTypes.AppMention or SlackEventTypes.Message => DecideMessage(slackEvent, bot),
            SlackEventTypes.MemberLeftChannel => slackEvent.User == bot.UserId && slackEvent.Channel is not null
                ? new(SlackEventKind.RemovedFromChannel)
                : SlackEventDecision.Ignore("another member left"),
            SlackEventTypes.ChannelLeft or SlackEventTypes.GroupLeft => slackEvent.Channel is not null
                ? new(SlackEventKind.RemovedFromChannel)
                : SlackEventDecision.Ignore("no channel"),
            SlackEventTypes.AppUninstalled => new(SlackEventKind.AppUninstalled),
            SlackEventTypes.TokensRevoked => slackEvent.Tokens?.Bot.Count > 0
                ? new(SlackEventKind.TokensRevoked)
                : SlackEventDecision.Ignore("only user tokens revoked"),
            _ => SlackEventDecision.Ignore("event type not handled"),
        };
    }

    private static SlackEventDecision DecideMessage(SlackEvent e, SlackBotIdentity bot)
    {
        if (e.User == bot.UserId || (e.BotId is not null && e.BotId == bot.BotId))
        {
            return SlackEventDecision.Ignore("our own message");
        }

        if (e.BotId is not null || e.Subtype == "bot_message")
        {
            return SlackEventDecision.Ignore("another bot");
        }

        if (e.Subtype is not null && !AnsweredSubtypes.Contains(e.Subtype))
        {
            return SlackEventDecision.Ignore($"subtype {e.Subtype}");
        }

        if (string.IsNullOrEmpty(e.User) || string.IsNullOrEmpty(e.Channel) || string.IsNullOrEmpty(e.Ts))
        {
            return SlackEventDecision.Ignore("no user, channel or ts");
        }

        if (e.Type == SlackEventTypes.AppMention)
        {
            return new(SlackEventKind.Mention) { ReplyThreadTs = e.ThreadTs ?? e.Ts };
        }

        // Mentions in channels arrive as app_mention; answering a channel message too would answer twice.
        return e.ChannelType == "im"
            ? new(SlackEventKind.DirectMessage) { ReplyThreadTs = e.ThreadTs }
            : SlackEventDecision.Ignore("message outside a DM");
    }
}
