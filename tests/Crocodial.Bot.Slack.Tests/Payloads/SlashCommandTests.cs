using System.Text;
using Crocodial.Bot.Slack.Payloads;

namespace Crocodial.Bot.Slack.Tests.Payloads;

public class SlashCommandTests
{
    [Fact]
    public void Parse_DocumentedBody_ReadsEveryField()
    {
        var command = SlashCommand.Parse(Encoding.UTF8.GetBytes(SlackSigning.DocBody));

        Assert.NotNull(command);
        Assert.Equal("T1DC2JH3J", command.TeamId);
        Assert.Equal("testteamnow", command.TeamDomain);
        Assert.Equal("G8PSS9T3V", command.ChannelId);
        Assert.Equal("foobar", command.ChannelName);
        Assert.Equal("U2CERLKJA", command.UserId);
        Assert.Equal("/webhook-collect", command.Command);
        Assert.Equal("", command.Text);
        Assert.Equal(new Uri("https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN"), command.ResponseUrl);
        Assert.Equal("398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c", command.TriggerId);
        Assert.False(command.IsEnterpriseInstall);
    }

    [Fact]
    public void Parse_PlusAndPercentEncodedText_DecodesToTheUsersWords()
    {
        var body = "team_id=T1&channel_id=C1&user_id=U1&command=%2Fcrocodial&text=abandon+rate+for+TTY+%26+%C3%9Cbersicht&response_url=https%3A%2F%2Fhooks.slack.com%2Fx&api_app_id=A1&is_enterprise_install=true";

        var command = SlashCommand.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Equal("abandon rate for TTY & Übersicht", command!.Text);
        Assert.Equal("A1", command.ApiAppId);
        Assert.True(command.IsEnterpriseInstall);
    }

    [Theory]
    [InlineData("channel_id=C1&user_id=U1&command=%2Fc&response_url=https%3A%2F%2Fh%2F")]
    [InlineData("team_id=T1&user_id=U1&command=%2Fc&response_url=https%3A%2F%2Fh%2F")]
    [InlineData("team_id=T1&channel_id=C1&command=%2Fc&response_url=https%3A%2F%2Fh%2F")]
    [InlineData("team_id=T1&channel_id=C1&user_id=U1&response_url=https%3A%2F%2Fh%2F")]
    [InlineData("team_id=T1&channel_id=C1&user_id=U1&command=%2Fc")]
    [InlineData("team_id=T1&channel_id=C1&user_id=U1&command=%2Fc&response_url=file%3A%2F%2F%2Fetc%2Fpasswd")]
    [InlineData("team_id=T1&team_id=T2&channel_id=C1&user_id=U1&command=%2Fc&response_url=https%3A%2F%2Fh%2F")]
    [InlineData("{\"team_id\":\"T1\"}")]
    [InlineData("")]
    public void Parse_MissingOrBadField_IsNull(string body) =>
        Assert.Null(SlashCommand.Parse(Encoding.UTF8.GetBytes(body)));
}
