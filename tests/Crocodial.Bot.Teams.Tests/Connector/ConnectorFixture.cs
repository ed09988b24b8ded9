using System.Net;
using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.Connector;
using Crocodial.Bot.Teams.Tests.Auth;
using Crocodial.Bot.Teams.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Teams.Tests.Connector;

/// <summary>A connector client wired to a scripted Bot Connector and a scripted token endpoint, on fake time.</summary>
internal sealed class ConnectorFixture
{
    public ConnectorFixture(TeamsOptions? options = null)
    {
        options ??= new TeamsOptions { AppId = "app-id", AppPassword = "secret", TenantId = "home-tenant" };
        Connector = new RecordingHandler(Time);
        TokenEndpoint = new RecordingHandler(Time)
        {
            Fallback = _ => RecordingHandler.Json(HttpStatusCode.OK, """{"token_type":"Bearer","expires_in":3599,"access_token":"outbound-token"}"""),
        };
        Client = new ConnectorClient(
            new HttpClient(Connector),
            BotTokenProviderTests.Provider(options, TokenEndpoint),
            new ServiceUrlPolicy(Options.Create(options)),
            Time,
            Logger);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 3, 15, 0, 0, TimeSpan.Zero));

    public ListLogger<ConnectorClient> Logger { get; } = new();

    public RecordingHandler Connector { get; }

    public RecordingHandler TokenEndpoint { get; }

    public ConnectorClient Client { get; }

    public static ConversationReference Reference(string serviceUrl = "https://smba.trafficmanager.net/amer/") =>
        new(serviceUrl, "msteams", "19:abc@thread.tacv2;messageid=1485983408511", "channel", "tenant-1",
            "28:app-id", "Croco", "29:user", null, "en-US", "Europe/Madrid", "19:team@thread.tacv2", "19:abc@thread.tacv2");

    /// <summary>Lets fake time run until the call completes, so retry waits pass without real sleeping.</summary>
    public async Task<T> RunAsync<T>(Task<T> call)
    {
        for (var i = 0; i < 2_000 && !call.IsCompleted; i++)
        {
            Time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(1, TestContext.Current.CancellationToken);
        }

        return await call;
    }
}
