using System.Text.Json;
using System.Text.Json.Nodes;
using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.Tests.TestSupport;

namespace Crocodial.Bot.Teams.Tests.Activities;

public class ActivityJsonTests
{
    [Fact]
    public void ChannelMentionSample_Deserializes_TypedFields()
    {
        var activity = Samples.Activity(Samples.ChannelMention);

        Assert.True(activity.IsType(ActivityTypes.Message));
        Assert.Equal("790c5611-e35e-4cef-925b-8fca603c50f4", activity.Id);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("http://localhost:56151/_connector", activity.ServiceUrl);
        Assert.Equal("UTC", activity.LocalTimezone);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 15, 51, 13, 725, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal("channel", activity.Conversation?.ConversationType);
        Assert.True(activity.Conversation?.IsGroup);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", activity.TenantId);
        Assert.Equal("00000000-0000-0000-0000-00000000000011", activity.Recipient?.Id);
        Assert.Equal("00000000-0000-0000-0000-0000000000020", activity.From?.AadObjectId);
        Assert.Equal("team-id", activity.ChannelData?.Team?.Id);
        Assert.Equal("team-id", activity.ChannelData?.Channel?.Id);
        Assert.Equal(2, activity.Entities?.Count);
        Assert.True(activity.Entities![0].IsMention);
        Assert.Equal("UTC", activity.Entities[1].Timezone);
    }

    [Fact]
    public void PersonalSample_TenantComesFromConversation()
    {
        var activity = Samples.Activity(Samples.PersonalMessage);

        Assert.Equal("personal", activity.Conversation?.ConversationType);
        Assert.Null(activity.Conversation?.IsGroup);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", activity.TenantId);
        Assert.Equal("Web", activity.Entities?.Single().Platform);
    }

    [Theory]
    [InlineData(Samples.ChannelMention)]
    [InlineData(Samples.PersonalMessage)]
    public void Sample_RoundTrips_WithoutLosingFields(string sample)
    {
        var original = JsonNode.Parse(Samples.BodyJson(sample));
        var activity = Samples.Activity(sample);

        var again = JsonSerializer.SerializeToNode(activity, TeamsJson.Options);

        Assert.True(JsonNode.DeepEquals(Normalise(original), Normalise(again)), again?.ToJsonString());
    }

    [Fact]
    public void UnknownFields_AreKept_AsExtensionData()
    {
        var activity = JsonSerializer.Deserialize<Activity>(
            """{"type":"newTeamsEvent","futureField":{"a":1},"channelData":{"eventType":"teamRenamed","settings":{"x":true}}}""",
            TeamsJson.Options)!;

        Assert.Equal("newTeamsEvent", activity.Type);
        Assert.True(activity.ExtensionData!.ContainsKey("futureField"));
        Assert.Equal("teamRenamed", activity.ChannelData?.EventType);
        Assert.True(activity.ChannelData!.ExtensionData!.ContainsKey("settings"));
    }

    [Fact]
    public void InvokeValue_And_InstallationAction_AreRead()
    {
        var activity = JsonSerializer.Deserialize<Activity>(
            """
            {"type":"invoke","name":"adaptiveCard/action","replyToId":"1712345678901",
             "value":{"action":{"type":"Action.Execute","verb":"refreshReport"}},
             "membersAdded":[{"id":"28:bot"}],"action":"add-upgrade"}
            """, TeamsJson.Options)!;

        Assert.Equal("adaptiveCard/action", activity.Name);
        Assert.Equal("1712345678901", activity.ReplyToId);
        Assert.Equal("refreshReport", activity.Value!.Value.GetProperty("action").GetProperty("verb").GetString());
        Assert.Equal("28:bot", activity.MembersAdded?.Single().Id);
        Assert.Equal("add-upgrade", activity.Action);
    }

    [Fact]
    public void OutboundCard_IsCamelCase_WithoutNulls()
    {
        var card = Attachment.AdaptiveCard(new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" });

        var json = JsonSerializer.Serialize(Activity.CreateCard(card, "Inbound calls today: 1,284"), TeamsJson.Options);

        Assert.Equal(
            """{"type":"message","summary":"Inbound calls today: 1,284","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5"}}]}""",
            json);
    }

    // Timestamps are re-written in .NET's round-trip format, so compare them as instants.
    private static JsonNode? Normalise(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            foreach (var name in new[] { "timestamp", "localTimestamp" })
            {
                if (o[name] is JsonValue v && DateTimeOffset.TryParse(v.GetValue<string>(), out var at))
                {
                    o[name] = at.UtcTicks;
                }
            }
        }

        return node;
    }
}
