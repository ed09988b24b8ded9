using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.Tests.TestSupport;

namespace Crocodial.Bot.Teams.Tests.Activities;

public class ConversationReferenceTests
{
    [Fact]
    public void FromChannelSample_KeepsWhatIsNeededToPostLater()
    {
        var reference = ConversationReference.FromActivity(Samples.Activity(Samples.ChannelMention))!;

        Assert.Equal("http://localhost:56151/_connector", reference.ServiceUrl);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("team-id;messageid=1796313073716", reference.ConversationId);
        Assert.Equal("team-id", reference.BaseConversationId);
        Assert.Equal("channel", reference.ConversationType);
        Assert.True(reference.IsChannel);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", reference.TenantId);
        Assert.Equal("00000000-0000-0000-0000-00000000000011", reference.BotId);
        Assert.Equal("Test Bot", reference.BotName);
        Assert.Equal("user-id-0", reference.UserId);
        Assert.Equal("en-US", reference.Locale);
        Assert.Equal("UTC", reference.LocalTimezone);
        Assert.Equal("team-id", reference.TeamId);
        Assert.Equal("team-id", reference.TeamsChannelId);
    }

    [Fact]
    public void FromPersonalSample_HasNoTeam()
    {
        var reference = ConversationReference.FromActivity(Samples.Activity(Samples.PersonalMessage))!;

        Assert.False(reference.IsChannel);
        Assert.Null(reference.TeamId);
        Assert.Equal(reference.ConversationId, reference.BaseConversationId);
    }

    [Fact]
    public void ServiceUrl_IsStoredExactlyAsReceived()
    {
        var activity = Samples.Activity(Samples.PersonalMessage) with { ServiceUrl = "https://smba.trafficmanager.net/jp/TenantGuid/" };

        Assert.Equal("https://smba.trafficmanager.net/jp/TenantGuid/", ConversationReference.FromActivity(activity)!.ServiceUrl);
    }

    [Fact]
    public void ActivityWithoutServiceUrlOrConversation_GivesNull()
    {
        var activity = Samples.Activity(Samples.PersonalMessage);

        Assert.Null(ConversationReference.FromActivity(activity with { ServiceUrl = null }));
        Assert.Null(ConversationReference.FromActivity(activity with { Conversation = null }));
    }
}
