using System.Text;
using Crocodial.Bot.Slack.Payloads;

namespace Crocodial.Bot.Slack.Tests.Payloads;

public class SlackInteractionTests
{
    private const string BlockActions = """
        {"type":"block_actions","user":{"id":"U1","username":"ana","name":"ana","team_id":"T1"},"api_app_id":"A1","token":"x",
         "container":{"type":"message","message_ts":"1700000000.000100","channel_id":"C1","is_ephemeral":true},
         "trigger_id":"1.2.abc","team":{"id":"T1","domain":"acme"},"enterprise":null,"is_enterprise_install":false,
         "channel":{"id":"C1","name":"support"},
         "message":{"type":"message","ts":"1700000000.000100","text":"Inbound summary","user":"UBOT","bot_id":"B1",
                    "metadata":{"event_type":"crocodial_daily_summary","event_payload":{"subscription_id":"42"}}},
         "state":{"values":{}},
         "response_url":"https:\/\/hooks.slack.com\/actions\/T1\/1\/abc",
         "actions":[{"action_id":"report.share","block_id":"b1","text":{"type":"plain_text","text":"Share"},"value":"yesterday for TTY","type":"button","action_ts":"1700000001.1"},
                    {"action_id":"report.day","block_id":"b2","type":"datepicker","selected_date":"2025-05-19"},
                    {"action_id":"report.view","block_id":"b3","type":"static_select","selected_option":{"text":{"type":"plain_text","text":"Table"},"value":"table"}}]}
        """;

    private static byte[] FormOf(string json) => Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(json));

    [Fact]
    public void Parse_BlockActions_ReadsActionsAndWhereTheyCameFrom()
    {
        var interaction = SlackInteraction.Parse(FormOf(BlockActions));

        Assert.NotNull(interaction);
        Assert.Equal(SlackInteraction.BlockActions, interaction.Type);
        Assert.Equal(("U1", "T1"), (interaction.User!.Id, interaction.User.TeamId));
        Assert.Equal(("T1", "acme"), (interaction.Team!.Id, interaction.Team.Domain));
        Assert.Equal(("C1", "support"), (interaction.Channel!.Id, interaction.Channel.Name));
        Assert.Equal(("message", "1700000000.000100", "C1", true), (interaction.Container!.Type, interaction.Container.MessageTs, interaction.Container.ChannelId, interaction.Container.IsEphemeral));
        Assert.Equal(new Uri("https://hooks.slack.com/actions/T1/1/abc"), interaction.ResponseUri);
        Assert.Equal("1.2.abc", interaction.TriggerId);
        Assert.Equal("crocodial_daily_summary", interaction.Message!.Metadata!.EventType);
        Assert.Equal("42", (string?)interaction.Message.Metadata.EventPayload["subscription_id"]);
        Assert.Equal(3, interaction.Actions.Count);
        Assert.Equal(("report.share", "yesterday for TTY", "button"), (interaction.Actions[0].ActionId, interaction.Actions[0].Value, interaction.Actions[0].Type));
        Assert.Equal("2025-05-19", interaction.Actions[1].SelectedDate);
        Assert.Equal("table", interaction.Actions[2].SelectedOption!.Value);
    }

    [Fact]
    public void Parse_PlusEncodedPayload_DecodesSpaces()
    {
        var body = "payload=" + Uri.EscapeDataString("""{"type":"block_actions","actions":[{"action_id":"a","value":"last week"}]}""").Replace("%20", "+", StringComparison.Ordinal);

        var interaction = SlackInteraction.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Equal("last week", interaction!.Actions[0].Value);
    }

    [Fact]
    public void ResponseUri_NotHttp_IsNull()
    {
        var interaction = SlackInteraction.Parse(FormOf("""{"type":"block_actions","response_url":"javascript:alert(1)"}"""));

        Assert.Null(interaction!.ResponseUri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("payload=")]
    [InlineData("payload=not-json")]
    [InlineData("other=1")]
    [InlineData("payload=%7B%7D&payload=%7B%7D")]
    public void Parse_NoSinglePayloadObject_IsNull(string body) =>
        Assert.Null(SlackInteraction.Parse(Encoding.UTF8.GetBytes(body)));
}
