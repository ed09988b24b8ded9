using System.Text;
using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Delivery;
using Crocodial.Bot.Host.Storage;
using Crocodial.Bot.Host.Tests.Teams.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Host.Tests.Subscriptions;

/// <summary>
/// The real app with Teams on (anonymous, as the Agents Playground drives it, so the fake clock can't trip token
/// lifetimes), a stand-in Bot Connector, its own SQLite file, a fake clock and a recording poster.
/// </summary>
internal sealed class TeamsSubscriptionsApp : IChatHarness
{
    public const string Channel = "19:ops@thread.tacv2";
    public const string Asker = "aad-manager";

    private readonly StandInConnector _connector;

    private TeamsSubscriptionsApp(StandInConnector connector, Dictionary<string, string?> settings)
    {
        _connector = connector;
        Factory = new TeamsBotFactory(settings, s =>
        {
            s.AddSingleton<TimeProvider>(Time);
            s.AddSingleton<IDailyPoster>(Poster);
        });
        Client = Factory.CreateClient();
    }

    public FakeTimeProvider Time { get; } = new(SlackSubscriptionsApp.Start);

    public RecordingPoster Poster { get; } = new();

    public TeamsBotFactory Factory { get; }

    public HttpClient Client { get; }

    public ISubscriptionStore Store => Factory.Services.GetRequiredService<ISubscriptionStore>();

    /// <summary>The <c>localTimezone</c> every message carries (null: none).</summary>
    public string? AskerZone { get; set; } = "Europe/Madrid";

    public static async Task<TeamsSubscriptionsApp> StartAsync(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Teams:AllowUnauthenticated"] = "true" };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new TeamsSubscriptionsApp(await StandInConnector.StartAsync(), settings);
    }

    /// <summary>
    /// Mentions the bot in a thread of <paramref name="channel"/> and returns every string of the card it replies
    /// with. <paramref name="zone"/> is the <c>localTimezone</c> Teams sends (null: none).
    /// </summary>
    public Task<string> AskAsync(string text, string channel, string user) => SayAsync(text, channel, user, AskerZone);

    public async Task<string> SayAsync(string text, string channel = Channel, string aadObjectId = Asker, string? zone = "Europe/Madrid")
    {
        var activity = Message(text, channel, aadObjectId, zone);
        var id = (string)activity["id"]!;
        using var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        var reply = await _connector.WaitForAsync(c => c.Method == "POST" && c.Type == "message" && c.Path.EndsWith("/activities/" + id, StringComparison.Ordinal));
        return string.Join("\n", Strings(reply.Body));
    }

    /// <summary>A card button (<c>Action.Execute</c>) that sends <paramref name="command"/>; every string of the card in the invoke's answer.</summary>
    public async Task<string> ClickAsync(string command, string channel = Channel, string aadObjectId = Asker)
    {
        var invoke = TeamsActivities.Invoke(Message("", channel, aadObjectId, AskerZone), command, "card-1");
        using var response = await PostAsync(invoke);
        response.EnsureSuccessStatusCode();
        return string.Join("\n", Strings(JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))));
    }

    private JsonObject Message(string text, string channel, string aadObjectId, string? zone)
    {
        var id = Guid.NewGuid().ToString("N");
        var activity = TeamsActivities.Sample("playground-channel-mention.json", _connector.ServiceUrl);
        activity["id"] = id;
        activity["text"] = "<at>Test Bot</at> " + text;
        activity["conversation"]!["id"] = channel + ";messageid=" + id;
        activity["channelData"]!["channel"]!["id"] = channel;
        activity["from"]!["aadObjectId"] = aadObjectId;
        activity["from"]!["id"] = "29:" + aadObjectId;
        activity.Remove("localTimezone");
        if (zone is not null)
        {
            activity["localTimezone"] = zone;
        }

        return activity;
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        return await Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    public Task<IReadOnlyList<Subscription>> StoredAsync(string channel = Channel) =>
        Store.ListForChannelAsync(SubscriptionChannel.ForTeams(TeamsBotFactory.TenantId, channel), TestContext.Current.CancellationToken);

    public Task<long> SeedAsync(string channel, TimeOnly time) =>
        Seed.AddAsync(Store, SubscriptionChannel.ForTeams(TeamsBotFactory.TenantId, channel), time, Time);

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => p.Key is not ("type" or "version" or "$schema" or "contentType")).SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await _connector.DisposeAsync();
    }
}
