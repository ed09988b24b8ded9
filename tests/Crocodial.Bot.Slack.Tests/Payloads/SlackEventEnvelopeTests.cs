using System.Text;
using Crocodial.Bot.Slack.Payloads;

namespace Crocodial.Bot.Slack.Tests.Payloads;

public class SlackEventEnvelopeTests
{
    private static SlackEventEnvelope Parse(string json) => SlackEventEnvelope.Parse(Encoding.UTF8.GetBytes(json))!;

    [Fact]
    public void Parse_UrlVerification_HasChallenge()
    {
        var envelope = Parse("{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}");

        Assert.Equal(SlackEventEnvelope.UrlVerification, envelope.Type);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", envelope.Challenge);
    }

    [Fact]
    public void Parse_DirectMessage_ReadsEnvelopeAndEvent()
    {
        var envelope = Parse("""
            {"token":"x","team_id":"T043DB835ML","api_app_id":"A0442TUPHGR","event":{"client_msg_id":"c1","type":"message","text":"yesterday for TTY","user":"U043H11ES4V","ts":"1664408649.009629","team":"T043DB835ML","blocks":[{"type":"rich_text"}],"channel":"D0442US94JD","event_ts":"1664408649.009629","channel_type":"im"},"type":"event_callback","event_id":"Ev044C51K43V","event_time":1664408649,"authorizations":[{"enterprise_id":null,"team_id":"T043DB835ML","user_id":"U0442US8QGH","is_bot":true,"is_enterprise_install":false}],"is_ext_shared_channel":false,"event_context":"4-abc"}
            """);

        Assert.Equal(SlackEventEnvelope.EventCallback, envelope.Type);
        Assert.Equal("T043DB835ML", envelope.TeamId);
        Assert.Equal("A0442TUPHGR", envelope.ApiAppId);
        Assert.Equal("Ev044C51K43V", envelope.EventId);
        Assert.Equal(1664408649, envelope.EventTime);
        var authorization = Assert.Single(envelope.Authorizations);
        Assert.Equal("U0442US8QGH", authorization.UserId);
        Assert.True(authorization.IsBot);
        var e = envelope.Event!;
        Assert.Equal(SlackEventTypes.Message, e.Type);
        Assert.Equal("im", e.ChannelType);
        Assert.Equal("D0442US94JD", e.Channel);
        Assert.Equal("U043H11ES4V", e.User);
        Assert.Equal("yesterday for TTY", e.Text);
        Assert.Equal("1664408649.009629", e.Ts);
        Assert.Null(e.Subtype);
        Assert.Null(e.BotId);
    }

    [Fact]
    public void Parse_AppMentionInThread_KeepsThreadTsAndEscapedSlashes()
    {
        var envelope = Parse("""{"type":"event_callback","event_id":"Ev1","event":{"type":"app_mention","user":"U1","text":"<@U0BOT> see https:\/\/example.com","ts":"2.000","thread_ts":"1.000","channel":"C1","event_ts":"2.000"}}""");

        Assert.Equal("<@U0BOT> see https://example.com", envelope.Event!.Text);
        Assert.Equal("1.000", envelope.Event.ThreadTs);
    }

    [Fact]
    public void Parse_BotMessageWithSubtype_ReadsBotIdAndSubtype()
    {
        var e = Parse("""{"type":"event_callback","event":{"type":"message","subtype":"bot_message","bot_id":"B1","text":"hi","ts":"1.0","channel":"D1","channel_type":"im"}}""").Event!;

        Assert.Equal("bot_message", e.Subtype);
        Assert.Equal("B1", e.BotId);
    }

    [Fact]
    public void Parse_MemberLeftChannel_ReadsUserAndChannel()
    {
        var e = Parse("""{"type":"event_callback","event":{"type":"member_left_channel","user":"W123ABC456","channel":"C123ABC456","channel_type":"C","team":"T123ABC456"}}""").Event!;

        Assert.Equal(("member_left_channel", "W123ABC456", "C123ABC456", "C", "T123ABC456"), (e.Type, e.User, e.Channel, e.ChannelType, e.Team));
    }

    [Fact]
    public void Parse_ChannelLeft_ReadsActor()
    {
        var e = Parse("""{"type":"event_callback","event":{"type":"channel_left","channel":"C043KSKGJUB","actor_id":"U043H11ES4V","event_ts":"1664827321.000300"}}""").Event!;

        Assert.Equal(("C043KSKGJUB", "U043H11ES4V"), (e.Channel, e.ActorId));
    }

    [Fact]
    public void Parse_TokensRevoked_ReadsBothLists()
    {
        var e = Parse("""{"type":"event_callback","event":{"type":"tokens_revoked","tokens":{"oauth":["U1"],"bot":["U2"]}}}""").Event!;

        Assert.Equal(["U1"], e.Tokens!.Oauth);
        Assert.Equal(["U2"], e.Tokens.Bot);
    }

    [Fact]
    public void Parse_AppUninstalledAndRateLimited_AreRead()
    {
        Assert.Equal(SlackEventTypes.AppUninstalled, Parse("""{"type":"event_callback","event_id":"Ev9","event":{"type":"app_uninstalled"}}""").Event!.Type);
        Assert.Equal(1518467820, Parse("""{"token":"x","type":"app_rate_limited","team_id":"T1","minute_rate_limited":1518467820,"api_app_id":"A1"}""").MinuteRateLimited);
    }

    [Fact]
    public void Parse_FieldOfAnotherShape_ReadsAsNullInsteadOfFailing()
    {
        var envelope = Parse("""{"type":"event_callback","event_id":"Ev2","event":{"type":"channel_created","channel":{"id":"C1","name":"x"},"user":{"id":"U1"},"ts":1.5}}""");

        Assert.Equal("Ev2", envelope.EventId);
        Assert.Null(envelope.Event!.Channel);
        Assert.Null(envelope.Event.User);
        Assert.Equal("1.5", envelope.Event.Ts);
    }

    [Fact]
    public void Parse_ExplicitNulls_KeepNonNullDefaults()
    {
        var envelope = Parse("""{"type":null,"authorizations":null,"event":{"type":null,"tokens":{"bot":null}}}""");

        Assert.Equal("", envelope.Type);
        Assert.Empty(envelope.Authorizations);
        Assert.Equal("", envelope.Event!.Type);
        Assert.Empty(envelope.Event.Tokens!.Bot);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"type\":")]
    [InlineData("null")]
    public void Parse_NotAnEnvelope_IsNull(string body) =>
        Assert.Null(SlackEventEnvelope.Parse(Encoding.UTF8.GetBytes(body)));
}
