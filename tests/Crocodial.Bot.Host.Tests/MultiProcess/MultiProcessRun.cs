using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Host.Tests.MultiProcess;

/// <summary>
/// One multi-process scenario: a shared database, a stand-in Slack, and host processes started and killed at will.
/// Waits poll the database and the stand-in with a generous deadline; nothing asserts on how long anything took.
/// Disposal kills every host and writes their output and the stand-in's call log to the test output.
/// </summary>
internal sealed class MultiProcessRun : IAsyncDisposable
{
    public const string EventType = "crocodial_daily_summary";

    /// <summary>How long a wait may take before the test fails (hosts start, tick every second, leases last 5 s).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>After every day has an outcome: a few ticks in which a duplicate would show up.</summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(3);

    private readonly List<HostProcess> _hosts = [];
    private readonly List<string> _events = [];
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("crocodial-multi-hosts-").FullName;

    private MultiProcessRun(SharedDatabase database, SlackWebApiStandIn slack)
    {
        Database = database;
        Slack = slack;
    }

    public SharedDatabase Database { get; }

    public SlackWebApiStandIn Slack { get; }

    /// <summary>Extra settings for hosts started from now on (e.g. Teams).</summary>
    public Dictionary<string, string> ExtraSettings { get; } = new(StringComparer.Ordinal);

    public static async Task<MultiProcessRun> StartAsync(string provider)
    {
        var database = await SharedDatabase.CreateAsync(provider);
        try
        {
            return new MultiProcessRun(database, await SlackWebApiStandIn.StartAsync());
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public HostProcess StartHost(string name)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Storage__Provider"] = Database.Provider,
            ["Storage__ConnectionString"] = Database.ConnectionString,
            ["Slack__SigningSecret"] = "multi-process-signing-secret",
            ["Slack__BotToken"] = "xoxb-multi-process",
            ["Slack__ApiBaseUrl"] = Slack.ApiBaseUrl,
            ["Slack__BotUserId"] = SlackWebApiStandIn.BotUserId,
            ["Subscriptions__TickInterval"] = "00:00:01",
            ["Subscriptions__ClaimLease"] = "00:00:05",
            ["Crocodial__BaseUrl"] = "",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        var host = HostProcess.Start(name, settings, _workingDirectory);
        _hosts.Add(host);
        Note($"started {name} (pid {host.Id})");
        return host;
    }

    /// <summary>Kills a host as a crash would, and notes when.</summary>
    public void Kill(HostProcess host)
    {
        ArgumentNullException.ThrowIfNull(host);
        Note($"killing {host.Name}");
        host.Kill();
        Note($"killed {host.Name}");
    }

    /// <summary>A line of the test's own timeline, shown with the hosts' output.</summary>
    public void Note(string what)
    {
        lock (_events)
        {
            _events.Add($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {what}");
        }
    }

    /// <summary>Polls until <paramref name="done"/> holds; fails early when a host died by itself, and after <see cref="Patience"/>.</summary>
    public async Task WaitUntilAsync(string what, Func<Task<bool>> done)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            if (_hosts.Select(h => h.UnexpectedExit()).FirstOrDefault(e => e is not null) is { } exit)
            {
                Assert.Fail($"While waiting for {what}: {exit}");
            }

            if (await done())
            {
                Note("done waiting for " + what);
                return;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                Assert.Fail($"Gave up waiting for {what} after {Patience.TotalSeconds} s.");
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Waits until every subscription's day has an outcome, then a little longer for any duplicate to arrive.</summary>
    public async Task<IReadOnlyDictionary<long, DeliveryRecord>> WaitForOutcomesAsync(IReadOnlyList<Subscription> subscriptions)
    {
        await WaitUntilAsync($"an outcome for each of {subscriptions.Count} subscriptions", async () =>
        {
            var records = await Database.DeliveriesAsync(subscriptions);
            return subscriptions.All(s => records.TryGetValue(s.Id, out var r) && r.Outcome is not null);
        });
        await Task.Delay(SettleTime, TestContext.Current.CancellationToken);
        return await Database.DeliveriesAsync(subscriptions);
    }

    /// <summary>
    /// The invariant of issue 6: every subscription posted exactly once in its channel for the day, with our metadata,
    /// and its delivery recorded as posted.
    /// </summary>
    public void AssertEachPostedOnce(IReadOnlyList<Subscription> subscriptions, IReadOnlyDictionary<long, DeliveryRecord> records, DateOnly day)
    {
        var posts = Slack.Posts;
        foreach (var subscription in subscriptions)
        {
            var channel = ChannelOf(subscription);
            var inChannel = posts.Where(p => p.Channel == channel).ToList();
            Assert.True(inChannel.Count == 1,
                $"Subscription #{subscription.Id} ({channel}): {inChannel.Count} posts, expected exactly 1: {string.Join(" | ", inChannel.Select(Describe))}");
            var post = inChannel[0];
            Assert.True(post.Metadata?["event_type"]?.GetValue<string>() == EventType,
                $"Subscription #{subscription.Id}: the post's metadata is not {EventType}: {Describe(post)}");
            var payload = post.Metadata?["event_payload"] as JsonObject;
            Assert.True(Carries(payload, subscription.Id.ToString(CultureInfo.InvariantCulture)),
                $"Subscription #{subscription.Id}: the metadata payload does not carry the subscription id: {Describe(post)}");
            Assert.True(Carries(payload, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                $"Subscription #{subscription.Id}: the metadata payload does not carry the local date {day:yyyy-MM-dd}: {Describe(post)}");

            Assert.True(records.TryGetValue(subscription.Id, out var record), $"Subscription #{subscription.Id}: no delivery recorded.");
            Assert.Equal(day, record.LocalDate);
            Assert.True(record.Outcome == DeliveryOutcome.Posted,
                $"Subscription #{subscription.Id}: recorded {record.Outcome} ({record.Error}), expected Posted.");
        }

        Assert.Equal(subscriptions.Count, posts.Count);
    }

    public static string ChannelOf(Subscription subscription) =>
        subscription.Channel.Address[(subscription.Channel.Address.IndexOf('/', StringComparison.Ordinal) + 1)..];

    /// <summary>Whether some value of the payload, at any depth, is <paramref name="value"/> (as a string or a number).</summary>
    private static bool Carries(JsonNode? node, string value) => node switch
    {
        JsonObject o => o.Any(p => Carries(p.Value, value)),
        JsonArray a => a.Any(n => Carries(n, value)),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>() == value,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString() == value,
        _ => false,
    };

    private static string Describe(StoredSlackPost post) =>
        $"ts {post.Ts}{(post.Answered ? "" : " (unanswered)")} metadata {post.Metadata?.ToJsonString() ?? "none"}";

    public string Diagnostics()
    {
        var text = new StringBuilder();
        text.AppendLine("===== test timeline =====");
        lock (_events)
        {
            text.AppendLine(string.Join(Environment.NewLine, _events));
        }

        foreach (var host in _hosts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"===== {host.Name}{(host.Killed ? " (killed)" : "")} =====");
            text.AppendLine(host.Output);
        }

        text.AppendLine("===== stand-in Slack calls =====");
        text.AppendLine(Slack.CallLog);
        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            host.Kill();
        }

        try
        {
            TestContext.Current.TestOutputHelper?.WriteLine(Diagnostics());
        }
        catch (InvalidOperationException)
        {
            // No test to write to any more.
        }

        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        await Slack.DisposeAsync();
        await Database.DisposeAsync();
        try
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS's temp clean-up.
        }
    }
}
