using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Delivery;
using Crocodial.Bot.Host.Storage;
using Crocodial.Bot.Host.Tests.Slack;
using Crocodial.Bot.Host.Tests.Support;
using Crocodial.Bot.Slack.Tests.BlockKit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Host.Tests.Subscriptions;

/// <summary>
/// The real app with Slack on, a stand-in Slack, its own SQLite file, a fake clock (requests are signed with
/// its time) and a recording poster. Questions are mentions, answered with <c>chat.postMessage</c> in a thread.
/// </summary>
internal sealed class SlackSubscriptionsApp : IChatHarness
{
    /// <summary>Wednesday 11 June 2025, 06:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2025, 6, 11, 6, 0, 0, TimeSpan.Zero);

    private readonly BotFactory _root;
    private int _events;

    private SlackSubscriptionsApp(StandInSlack slack, BotFactory root, bool realPoster)
    {
        Slack = slack;
        _root = root;
        Factory = root.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Time);
            if (!realPoster)
            {
                s.AddSingleton<IDailyPoster>(Poster);
            }
        }));
        Client = Factory.CreateClient();
    }

    public StandInSlack Slack { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public RecordingPoster Poster { get; } = new();

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client { get; }

    public ISubscriptionStore Store => Factory.Services.GetRequiredService<ISubscriptionStore>();

    public string? AskerZone
    {
        get => Slack.UserZone;
        set => Slack.UserZone = value;
    }

    /// <param name="extra">Settings over the Slack ones.</param>
    /// <param name="realPoster">The delivery worker's own poster, posting to the stand-in Slack, instead of the recording one.</param>
    public static async Task<SlackSubscriptionsApp> StartAsync(Dictionary<string, string?>? extra = null, bool realPoster = false)
    {
        var slack = await StandInSlack.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackRequests.Secret,
            ["Slack:BotToken"] = "xoxb-test-token",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Slack:BotUserId"] = StandInSlack.BotUserId,
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new SlackSubscriptionsApp(slack, new BotFactory(settings), realPoster);
    }

    /// <summary>Mentions the bot in <paramref name="channel"/> and returns what a reader sees of its answer.</summary>
    public async Task<string> MentionAsync(string text, string channel = "C1", string user = "U1")
    {
        var posted = Slack.CallsTo("chat.postMessage").Count;
        var id = Interlocked.Increment(ref _events);
        var inner = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = user,
            ["text"] = $"<@{StandInSlack.BotUserId}> {text}",
            ["ts"] = $"1700000000.{id:D6}",
            ["channel"] = channel,
        };
        var json = SlackRequests.EventJson("EvSub" + id, inner.ToJsonString());
        using var request = SlackRequests.Signed("/slack/events", json, "application/json", Time.GetUtcNow().ToUnixTimeSeconds());
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var answer = (await Slack.WaitForAsync("chat.postMessage", posted + 1))[posted].Json;

        // Posts into one channel are paced about a second apart on this (fake) clock: let that second pass.
        Time.Advance(TimeSpan.FromSeconds(2));
        return SlackPayloadText.All((string?)answer["text"] ?? "", answer["blocks"] as JsonArray ?? []);
    }

    /// <summary>The slash command, answered in its response or through its <c>response_url</c>; what a reader sees.</summary>
    public async Task<string> CommandAsync(string text, string channel = "C1", string user = "U1")
    {
        var hook = "cmd" + Interlocked.Increment(ref _events);
        var form = SlackRequests.CommandForm(text, Slack.ResponseUrl(hook), channel, user);
        using var request = SlackRequests.Signed("/slack/commands", form, "application/x-www-form-urlencoded", Time.GetUtcNow().ToUnixTimeSeconds());
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var answer = body["blocks"] is JsonArray ? body : (await Slack.WaitForAsync("response_url:" + hook))[^1].Json;
        return SlackPayloadText.All((string?)answer["text"] ?? "", answer["blocks"] as JsonArray ?? []);
    }

    /// <summary>Clicks one of our buttons carrying <paramref name="command"/>; what a reader sees of the answer through <c>response_url</c>.</summary>
    public async Task<string> ClickAsync(string command, string channel = "C1", string user = "U1")
    {
        var hook = "click" + Interlocked.Increment(ref _events);
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = user, ["username"] = "someone", ["team_id"] = SlackRequests.Team },
            ["team"] = new JsonObject { ["id"] = SlackRequests.Team, ["domain"] = "test" },
            ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "general" },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1.2", ["channel_id"] = channel, ["is_ephemeral"] = false },
            ["api_app_id"] = "A1",
            ["response_url"] = Slack.ResponseUrl(hook),
            ["trigger_id"] = "1.2.3",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "button", ["action_id"] = "crocodial_run_0", ["block_id"] = "b1", ["value"] = command, ["action_ts"] = "1.3",
            }),
        };
        var form = SlackRequests.Form(("payload", payload.ToJsonString()));
        using var request = SlackRequests.Signed("/slack/interactions", form, "application/x-www-form-urlencoded", Time.GetUtcNow().ToUnixTimeSeconds());
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var answer = (await Slack.WaitForAsync("response_url:" + hook))[^1].Json;
        return SlackPayloadText.All((string?)answer["text"] ?? "", answer["blocks"] as JsonArray ?? []);
    }

    public Task<string> AskAsync(string text, string channel, string user) => MentionAsync(text, channel, user);

    public Task<IReadOnlyList<Subscription>> StoredAsync(string channel = "C1") =>
        Store.ListForChannelAsync(SubscriptionChannel.ForSlack(SlackRequests.Team, channel), TestContext.Current.CancellationToken);

    public Task<long> SeedAsync(string channel, TimeOnly time) =>
        Seed.AddAsync(Store, SubscriptionChannel.ForSlack(SlackRequests.Team, channel), time, Time);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await _root.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
