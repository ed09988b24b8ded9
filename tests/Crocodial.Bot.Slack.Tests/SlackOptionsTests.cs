namespace Crocodial.Bot.Slack.Tests;

public class SlackOptionsTests
{
    [Fact]
    public void Options_NothingSet_IsOffWithoutProblems()
    {
        var options = new SlackOptions();

        Assert.False(options.IsEnabled);
        Assert.Empty(options.Problems());
    }

    [Fact]
    public void Options_BothSecretsSet_IsOn()
    {
        var options = new SlackOptions { SigningSecret = "s", BotToken = "xoxb-1" };

        Assert.True(options.IsEnabled);
        Assert.Empty(options.Problems());
    }

    [Fact]
    public void Options_OnlySigningSecret_NamesBotToken()
    {
        var options = new SlackOptions { SigningSecret = "s3cr3t" };

        var problem = Assert.Single(options.Problems());
        Assert.False(options.IsEnabled);
        Assert.StartsWith("Slack:BotToken", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_OnlyBotToken_NamesSigningSecret()
    {
        var options = new SlackOptions { BotToken = "xoxb-secret" };

        var problem = Assert.Single(options.Problems());
        Assert.StartsWith("Slack:SigningSecret", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-secret", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("slack.com/api")]
    [InlineData("ftp://slack.com/api/")]
    [InlineData("/api/")]
    public void Options_ApiBaseUrlNotAbsoluteHttp_IsAProblem(string url)
    {
        var options = new SlackOptions { ApiBaseUrl = url };

        Assert.Contains(options.Problems(), p => p.StartsWith("Slack:ApiBaseUrl", StringComparison.Ordinal));
        Assert.Null(options.ApiBaseUri);
    }

    [Theory]
    [InlineData("https://slack.com/api/", "https://slack.com/api/")]
    [InlineData("http://127.0.0.1:5555/api", "http://127.0.0.1:5555/api/")]
    [InlineData("", "https://slack.com/api/")]
    public void Options_ApiBaseUri_EndsWithSlashSoMethodsAppend(string url, string expected)
    {
        var options = new SlackOptions { ApiBaseUrl = url };

        Assert.Equal(expected, options.ApiBaseUri!.ToString());
        Assert.Equal(expected + "chat.postMessage", new Uri(options.ApiBaseUri, "chat.postMessage").ToString());
    }
}
