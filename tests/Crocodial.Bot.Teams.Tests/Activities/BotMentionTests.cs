using Crocodial.Bot.Teams.Activities;
using CsCheck;
using Crocodial.Bot.Teams.Tests.TestSupport;

namespace Crocodial.Bot.Teams.Tests.Activities;

public class BotMentionTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:app", Name = "Croco" };

    [Fact]
    public void ChannelMentionSample_StripsTheBotMention()
    {
        var activity = Samples.Activity(Samples.ChannelMention);

        Assert.Equal("hi team", BotMention.StripFrom(activity));
        Assert.True(BotMention.IsBotMentioned(activity));
    }

    [Fact]
    public void PersonalSample_TextIsUnchanged()
    {
        var activity = Samples.Activity(Samples.PersonalMessage);

        Assert.Equal("hello capture", BotMention.StripFrom(activity));
        Assert.False(BotMention.IsBotMentioned(activity));
    }

    [Fact]
    public void TeamsShapedText_WithNewlinesAndNbsp_IsCleaned()
    {
        var activity = Message("\r\n<at>Croco</at>&nbsp;inbound  stats\u00A0today for TTY\r\n", Mention(Bot, "<at>Croco</at>"));

        Assert.Equal("inbound stats today for TTY", BotMention.StripFrom(activity));
    }

    [Fact]
    public void OtherUsersMentions_AreKept()
    {
        var alex = new ChannelAccount { Id = "29:alex", Name = "Alex" };
        var activity = Message("<at>Croco</at> subscribe <at>Alex</at> daily", Mention(Bot, "<at>Croco</at>"), Mention(alex, "<at>Alex</at>"));

        Assert.Equal("subscribe <at>Alex</at> daily", BotMention.StripFrom(activity));
    }

    [Fact]
    public void MentionCase_IsIgnored_AndEntityWithoutText_UsesName()
    {
        Assert.Equal("today", BotMention.StripFrom(Message("<AT>croco</AT> today", Mention(Bot, "<at>Croco</at>"))));
        Assert.Equal("today", BotMention.StripFrom(Message("<at>Croco</at> today", Mention(Bot, null))));
        Assert.Equal("today", BotMention.StripFrom(Message("<at>Croco</at> today", Mention(Bot, ""))));
    }

    [Fact]
    public void EmptyAtTags_AndHtmlEntities_AreCleaned()
    {
        var activity = Message("<at></at> <at> </at>abandon rate &amp; wait", Mention(Bot, "<at>Croco</at>"));

        Assert.Equal("abandon rate & wait", BotMention.StripFrom(activity));
    }

    [Fact]
    public void NoText_GivesEmpty()
    {
        Assert.Equal("", BotMention.StripFrom(new Activity { Type = "message", Recipient = Bot }));
    }

    [Fact]
    public void AnyText_NeverThrows()
    {
        Gen.String.Sample(text =>
            BotMention.StripFrom(Message(text, Mention(Bot, "<at>Croco</at>"))) is { } stripped && stripped == stripped.Trim());
    }

    private static Activity Message(string text, params Entity[] entities) =>
        new() { Type = ActivityTypes.Message, Text = text, Recipient = Bot, Entities = entities };

    private static Entity Mention(ChannelAccount who, string? text) =>
        new() { Type = Entity.MentionType, Mentioned = who, Text = text };
}
