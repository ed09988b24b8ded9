using Crocodial.Bot.Slack.Answering;
using Crocodial.Bot.Slack.Events;
using Crocodial.Bot.Slack.Payloads;
using Crocodial.Bot.Slack.Tests.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Slack.Tests.Answering;

public class SlackBotUserTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly SlackEventEnvelope Envelope = new()
    {
        Type = SlackEventEnvelope.EventCallback,
        Authorizations = [new SlackAuthorization { UserId = "UFROMEVENT", IsBot = true }],
    };

    [Fact]
    public void Identity_ConfiguredId_WinsOverTheEvent()
    {
        var bot = new SlackBotUser(Options.Create(new SlackOptions { BotUserId = " UCONF " }));

        Assert.Equal("UCONF", bot.For(Envelope).UserId);
    }

    [Fact]
    public void Identity_BeforeAuthTest_ComesFromTheEventsAuthorizations()
    {
        var bot = new SlackBotUser(Options.Create(new SlackOptions()));

        Assert.Null(bot.Identity);
        Assert.Equal("UFROMEVENT", bot.For(Envelope).UserId);
        Assert.Equal("", bot.For(new SlackEventEnvelope()).UserId);
    }

    [Fact]
    public async Task Worker_AuthTestFails_LogsWhatToFix_ThenSucceedsOnRetry()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenJson("""{"ok":false,"error":"invalid_auth"}""").ThenJson("""{"ok":true,"user_id":"UBOT","bot_id":"BBOT","team_id":"T1"}""");
        var options = Options.Create(new SlackOptions { SigningSecret = "s", BotToken = "xoxb-x" });
        var bot = new SlackBotUser(options);
        await using var services = new ServiceCollection().AddSingleton(h.Client).BuildServiceProvider();
        var logger = new ListLogger<SlackBotUserWorker>();
        using var worker = new SlackBotUserWorker(bot, services.GetRequiredService<IServiceScopeFactory>(), options, h.Time, logger);

        var first = await worker.TryIdentifyAsync(Ct);
        var second = await worker.TryIdentifyAsync(Ct);

        Assert.False(first);
        Assert.Contains(logger.Lines, l => l.StartsWith("Error: Slack auth.test failed (invalid_auth)", StringComparison.Ordinal) && l.Contains("Slack:BotToken", StringComparison.Ordinal));
        Assert.True(second);
        Assert.Equal(new SlackBotIdentity("UBOT", "BBOT"), bot.Identity);
    }
}
