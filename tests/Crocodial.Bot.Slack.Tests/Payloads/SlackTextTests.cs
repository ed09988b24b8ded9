using Crocodial.Bot.Slack.Payloads;

namespace Crocodial.Bot.Slack.Tests.Payloads;

public class SlackTextTests
{
    [Theory]
    [InlineData("<@U0BOT> yesterday for TTY", "yesterday for TTY")]
    [InlineData("<@U0BOT|crocodial> yesterday", "yesterday")]
    [InlineData("hey <@U0BOT>   compare   this week", "hey compare this week")]
    [InlineData("<@U0BOT>", "")]
    [InlineData("ask <@U0OTHER> about <@U0BOT> today", "ask <@U0OTHER> about today")]
    [InlineData("<@U0BOTX> today", "<@U0BOTX> today")]
    [InlineData("no mention", "no mention")]
    public void StripMention_OnlyOurBot_IsRemoved(string text, string expected) =>
        Assert.Equal(expected, SlackText.StripMention(text, "U0BOT"));

    [Fact]
    public void Unescape_UndoesSlacksThreeEscapes() =>
        Assert.Equal("a < b & c > d &lt;", SlackText.Unescape("a &lt; b &amp; c &gt; d &amp;lt;"));

    [Fact]
    public void Escape_RoundTripsWithUnescape()
    {
        const string text = "Queue <Sales & Support> &amp;";

        Assert.Equal("Queue &lt;Sales &amp; Support&gt; &amp;amp;", SlackText.Escape(text));
        Assert.Equal(text, SlackText.Unescape(SlackText.Escape(text)));
    }
}
