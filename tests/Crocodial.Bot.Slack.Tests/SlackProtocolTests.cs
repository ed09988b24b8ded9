using Crocodial.Bot.Slack.Events;
using Crocodial.Bot.Slack.Tests.WebApi;
using Crocodial.Bot.Slack.Verification;
using Crocodial.Bot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Slack.Tests;

public class SlackProtocolTests
{
    [Fact]
    public async Task AddSlackProtocol_ClientUsesConfiguredApiBaseUrlAndToken()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = "s",
            ["Slack:BotToken"] = "xoxb-configured",
            ["Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api",
        }).Build();
        var time = new FakeTimeProvider();
        var slack = new FakeSlack(time);
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time).AddSlackProtocol(configuration);
        services.AddHttpClient<SlackApiClient>().ConfigurePrimaryHttpMessageHandler(() => slack);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<SlackApiClient>().AuthTestAsync(TestContext.Current.CancellationToken);

        Assert.Equal("http://127.0.0.1:9/api/auth.test", slack.Calls[0].Uri.ToString());
        Assert.Equal("Bearer xoxb-configured", slack.Calls[0].Authorization);
        Assert.Same(provider.GetRequiredService<SlackPacer>(), provider.GetRequiredService<SlackPacer>());
        Assert.NotNull(provider.GetRequiredService<SlackRequestVerifier>());
        Assert.NotNull(provider.GetRequiredService<SlackEventDeduplicator>());
    }
}
