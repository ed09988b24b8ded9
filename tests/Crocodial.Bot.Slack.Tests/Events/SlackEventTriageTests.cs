using Crocodial.Bot.Slack.Events;
using Crocodial.Bot.Slack.Payloads;

namespace Crocodial.Bot.Slack.Tests.Events;

public class SlackEventTriageTests
{
    private static readonly SlackBotIdentity Bot = new("UBOT", "BBOT");

    private static SlackEvent Dm(string? user = "U1", string? subtype = null, string? botId = null, string? threadTs = null) => new()
    {
        Type = SlackEventTypes.Message, ChannelType = "im", Channel = "D1", User = user, Text = "today", Ts = "2.0",
        Subtype = subtype, BotId = botId, ThreadTs = threadTs,
    };

    private static SlackEvent Mention(string? threadTs = null) => new()
    {
        Type = SlackEventTypes.AppMention, Channel = "C1", User = "U1", Text = "<@UBOT> today", Ts = "2.0", ThreadTs = threadTs,
    };

    [Fact]
    public void Mention_TopLevel_RepliesInItsOwnThread()
    {
        var decision = SlackEventTriage.Decide(Mention(), Bot);

        Assert.Equal(SlackEventKind.Mention, decision.Kind);
        Assert.Equal("2.0", decision.ReplyThreadTs);
    }

    [Fact]
    public void Mention_InThread_RepliesInThatThread() =>
        Assert.Equal("1.0", SlackEventTriage.Decide(Mention("1.0"), Bot).ReplyThreadTs);

    [Fact]
    public void DirectMessage_TopLevel_RepliesInline()
    {
        var decision = SlackEventTriage.Decide(Dm(), Bot);

        Assert.Equal(SlackEventKind.DirectMessage, decision.Kind);
        Assert.Null(decision.ReplyThreadTs);
    }

    [Theory]
    [InlineData("file_share")]
    [InlineData("thread_broadcast")]
    public void DirectMessage_UserSubtype_IsAnswered(string subtype) =>
        Assert.Equal(SlackEventKind.DirectMessage, SlackEventTriage.Decide(Dm(subtype: subtype), Bot).Kind);

    [Fact]
    public void OwnMessage_ByBotId_IsIgnored() =>
        Assert.Equal("our own message", SlackEventTriage.Decide(Dm(user: "UOTHER", botId: "BBOT"), Bot).IgnoredBecause);

    [Fact]
    public void OwnMessage_ByBotUserWithoutSubtype_IsIgnored() =>
        Assert.Equal("our own message", SlackEventTriage.Decide(Dm(user: "UBOT"), Bot).IgnoredBecause);

    [Fact]
    public void OwnMessage_BotIdUnknown_StillIgnoredByUser() =>
        Assert.Equal(SlackEventKind.Ignored, SlackEventTriage.Decide(Dm(user: "UBOT", botId: "BBOT"), new SlackBotIdentity("UBOT")).Kind);

    [Fact]
    public void OtherBot_IsIgnored()
    {
        Assert.Equal("another bot", SlackEventTriage.Decide(Dm(user: "U9", botId: "B9"), Bot).IgnoredBecause);
        Assert.Equal("another bot", SlackEventTriage.Decide(Dm(user: null, subtype: "bot_message"), Bot).IgnoredBecause);
    }

    [Theory]
    [InlineData("message_changed")]
    [InlineData("message_deleted")]
    [InlineData("channel_join")]
    [InlineData("message_replied")]
    public void EditsAndOtherSubtypes_AreIgnored(string subtype) =>
        Assert.Equal(SlackEventKind.Ignored, SlackEventTriage.Decide(Dm(subtype: subtype), Bot).Kind);

    [Fact]
    public void ChannelMessage_IsIgnoredBecauseMentionsArriveAsAppMention() =>
        Assert.Equal(SlackEventKind.Ignored, SlackEventTriage.Decide(Dm() with { ChannelType = "channel", Channel = "C1" }, Bot).Kind);

    [Fact]
    public void Message_WithoutUser_IsIgnored() =>
        Assert.Equal(SlackEventKind.Ignored, SlackEventTriage.Decide(Dm(user: null), Bot).Kind);

    [Fact]
    public void MemberLeftChannel_OurBot_IsRemoval()
    {
        var e = new SlackEvent { Type = SlackEventTypes.MemberLeftChannel, User = "UBOT", Channel = "C1", ChannelType = "C" };

        Assert.Equal(SlackEventKind.RemovedFromChannel, SlackEventTriage.Decide(e, Bot).Kind);
        Assert.Equal(SlackEventKind.Ignored, SlackEventTriage.Decide(e with { User = "U1" }, Bot).Kind);
    }

    [Theory]
    [InlineData(SlackEventTypes.ChannelLeft)]
    [InlineData(SlackEventTypes.GroupLeft)]
    public void ChannelLeft_IsRemoval(string type) =>
        Assert.Equal(SlackEventKind.RemovedFromChannel, SlackEventTriage.Decide(new SlackEvent { Type = type, Channel = "C1", ActorId = "U1" }, Bot).Kind);

    [Fact]
    public void AppUninstalled_IsRemoval() =>
        Assert.Equal(SlackEventKind.AppUninstalled, SlackEventTriage.Decide(new SlackEvent { Type = SlackEventTypes.AppUninstalled }, Bot).Kind);

    [Fact]
    public void TokensRevoked_BotToken_IsRemoval_UserTokensOnly_IsIgnored()
    {
        var bot = new SlackEvent { Type = SlackEventTypes.TokensRevoked, Tokens = new() { Bot = ["UBOT"] } };
        var users = new SlackEvent { Type = SlackEventTypes.TokensRevoked, Tokens = new() { Oauth = ["U1"] } };

        Assert.Equal(SlackEventKind.TokensRevoked, SlackEventTriage.Decide(bot, Bot).Kind);
        Assert.Equal(SlackEventKind.Ignored, SlackEventTriage.Decide(users, Bot).Kind);
    }

    [Fact]
    public void UnknownType_IsIgnored() =>
        Assert.Equal(SlackEventKind.Ignored, SlackEventTriage.Decide(new SlackEvent { Type = "reaction_added" }, Bot).Kind);
}
