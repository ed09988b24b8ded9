using Crocodial.Bot.Host.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Crocodial.Bot.Host.Tests.Slack;

/// <summary>The real app with Slack on, talking to a fresh stand-in Slack.</summary>
internal sealed class SlackApp : IAsyncDisposable
{
    private readonly BotFactory _root;

    private SlackApp(StandInSlack slack, BotFactory root, Action<IServiceCollection>? services)
    {
        Slack = slack;
        _root = root;
        Factory = services is null ? root : root.WithWebHostBuilder(b => b.ConfigureTestServices(services));
        Client = Factory.CreateClient();
    }

    public StandInSlack Slack { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client { get; }

    public static async Task<SlackApp> StartAsync(Dictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
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

        return new SlackApp(slack, new BotFactory(settings), services);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await _root.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
