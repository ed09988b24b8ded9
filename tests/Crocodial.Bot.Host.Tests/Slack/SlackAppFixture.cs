using Crocodial.Bot.Host.Tests.Support;

namespace Crocodial.Bot.Host.Tests.Slack;

/// <summary>The real app with Slack on, talking to a fresh stand-in Slack.</summary>
internal sealed class SlackApp : IAsyncDisposable
{
    private SlackApp(StandInSlack slack, BotFactory factory)
    {
        Slack = slack;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public StandInSlack Slack { get; }

    public BotFactory Factory { get; }

    public HttpClient Client { get; }

    public static async Task<SlackApp> StartAsync(Dictionary<string, string?>? extra = null)
    {
        var slack = await StandInSlack.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackRequests.Secret,
            ["Slack:BotToken"] = "xoxb-test-token",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new SlackApp(slack, new BotFactory(settings));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
