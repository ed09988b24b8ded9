using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Delivery;
using Crocodial.Bot.Host.Storage;
using Crocodial.Bot.Host.Tests.Slack;
using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.References;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Host.Tests.Delivery.Support;

/// <summary>
/// The real app (Slack and anonymous Teams on) on a SQLite file of its own, with fake time, a stand-in Slack,
/// a scripted Bot Connector and a counting report API. The worker's loop is left out: tests run one round at a
/// time (<see cref="RoundAsync"/>). <see cref="AddInstanceAsync"/> starts a second app on the same file.
/// </summary>
internal sealed class DeliveryApp : IAsyncDisposable
{
    public const string TeamsTenant = "tenant-1";

    /// <summary>Wed 3 Dec 2025, 07:00 UTC = 08:00 in Madrid.</summary>
    public static readonly DateTimeOffset Morning = new(2025, 12, 3, 7, 0, 0, TimeSpan.Zero);

    private readonly List<WebApplicationFactory<Program>> _factories = [];
    private readonly string _directory = Directory.CreateTempSubdirectory("crocodial-delivery-").FullName;
    private readonly Dictionary<string, string?> _settings;

    private DeliveryApp(FakeTimeProvider time, StandInSlack slack, ScriptedConnector connector, CountingReportApi reports, Dictionary<string, string?> extra)
    {
        Time = time;
        Slack = slack;
        Connector = connector;
        Reports = reports;
        _settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_directory, "crocodial.db")}",
            ["Slack:SigningSecret"] = SlackRequests.Secret,
            ["Slack:BotToken"] = "xoxb-test-token",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Teams:AllowUnauthenticated"] = "true",
            ["Crocodial:BaseUrl"] = reports.BaseUrl,
            ["Crocodial:User"] = "demo",
            ["Crocodial:Password"] = "demo",
            ["Subscriptions:RetryDeadline"] = "00:01:00",
        };
        foreach (var (key, value) in extra)
        {
            _settings[key] = value;
        }
    }

    public FakeTimeProvider Time { get; }

    public StandInSlack Slack { get; }

    public ScriptedConnector Connector { get; }

    public CountingReportApi Reports { get; }

    public LogCapture Logs { get; } = new();

    public IServiceProvider Services => _factories[0].Services;

    public ISubscriptionStore Store => Services.GetRequiredService<ISubscriptionStore>();

    public static async Task<DeliveryApp> StartAsync(DateTimeOffset? now = null, Dictionary<string, string?>? settings = null, bool withWorker = false)
    {
        var time = new FakeTimeProvider(now ?? Morning);
        var app = new DeliveryApp(time, await StandInSlack.StartAsync(), await ScriptedConnector.StartAsync(), await CountingReportApi.StartAsync(time), settings ?? []);
        app.AddFactory(withWorker);
        return app;
    }

    /// <summary>Seeds the database before the app starts (for the worker's first round at start-up).</summary>
    public static async Task<DeliveryApp> StartWithWorkerAsync(Func<ISubscriptionStore, Task> seed)
    {
        var time = new FakeTimeProvider(Morning);
        var app = new DeliveryApp(time, await StandInSlack.StartAsync(), await ScriptedConnector.StartAsync(), await CountingReportApi.StartAsync(time), []);
        var store = new SqliteSubscriptionStore(app._settings["Storage:ConnectionString"]!, time);
        await store.MigrateAsync(CancellationToken.None);
        await seed(store);
        app.AddFactory(withWorker: true);
        return app;
    }

    /// <summary>Another instance (process) on the same database, clock and stand-ins.</summary>
    public IServiceProvider AddInstance() => AddFactory(withWorker: false).Services;

    public DeliveryRounds Rounds(int instance = 0) => _factories[instance].Services.GetRequiredService<DeliveryRounds>();

    /// <summary>One round on one instance, with the fake clock moving while it runs (backoff, pacing).</summary>
    public Task RoundAsync(int instance = 0) => Pump(Rounds(instance).RunAsync(TestContext.Current.CancellationToken));

    /// <summary>Moves fake time in small steps until <paramref name="task"/> ends, so waits on the clock pass.</summary>
    public async Task Pump(Task task)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!task.IsCompleted && DateTime.UtcNow < until)
        {
            await Task.WhenAny(task, Task.Delay(5, TestContext.Current.CancellationToken));
            if (!task.IsCompleted)
            {
                Time.Advance(TimeSpan.FromMilliseconds(200));
            }
        }

        await task;
    }

    public async Task<T> Pump<T>(Task<T> task)
    {
        await Pump((Task)task);
        return await task;
    }

    public Task<Subscription> SubscribeSlackAsync(
        string tenants = "TTY", string time = "08:00", string zone = "Europe/Madrid", SubscriptionContent content = SubscriptionContent.Summary,
        bool skipEmpty = false, string channel = "C0456", DateTimeOffset? createdAt = null) =>
        Store.AddAsync(New(SubscriptionChannel.ForSlack("T0123", channel), tenants, time, zone, content, skipEmpty, createdAt), CancellationToken.None);

    /// <summary>A Teams subscription with its stored conversation reference (a channel, or a personal chat).</summary>
    public async Task<Subscription> SubscribeTeamsAsync(
        string conversationId = "19:abc@thread.tacv2", string conversationType = "channel", string tenants = "TTY", string time = "08:00", string zone = "Europe/Madrid")
    {
        var isChannel = conversationType == "channel";
        var reference = new ConversationReference(
            Connector.ServiceUrl, "msteams", isChannel ? conversationId + ";messageid=1700000000000" : conversationId, conversationType, TeamsTenant,
            "28:bot", "Crocodial", "29:user", "aad-user", "en-US", "Europe/Madrid", isChannel ? "19:team@thread.tacv2" : null, isChannel ? conversationId : null);
        await Services.GetRequiredService<IConversationReferenceStore>().SaveAsync(reference, CancellationToken.None);
        return await Store.AddAsync(New(SubscriptionChannel.ForTeams(TeamsTenant, conversationId), tenants, time, zone, SubscriptionContent.Summary, false, null), CancellationToken.None);
    }

    public Task<DeliveryRecord?> DeliveryAsync(Subscription subscription, DateOnly day) =>
        Store.GetDeliveryAsync(subscription.Id, day, CancellationToken.None);

    private NewSubscription New(SubscriptionChannel channel, string tenants, string time, string zone, SubscriptionContent content, bool skipEmpty, DateTimeOffset? createdAt) => new()
    {
        Channel = channel,
        Tenants = tenants.Length == 0 ? [] : tenants.Split(','),
        Days = NewSubscription.NormalizeDays([]),
        Time = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
        Zone = zone,
        Content = content,
        SkipEmpty = skipEmpty,
        CreatedBy = "slack:U042",
        CreatedAt = createdAt ?? Time.GetUtcNow().AddDays(-3),
    };

    private WebApplicationFactory<Program> AddFactory(bool withWorker)
    {
        var factory = new InstanceFactory(builder =>
        {
            foreach (var (key, value) in _settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Time);
                services.AddSingleton<ILoggerProvider>(Logs);
                if (!withWorker)
                {
                    foreach (var worker in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DeliveryWorker)).ToList())
                    {
                        services.Remove(worker);
                    }
                }
            });
        });
        _factories.Add(factory);
        _ = factory.Services;
        return factory;
    }

    private sealed class InstanceFactory(Action<IWebHostBuilder> configure) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => configure(builder);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
        }

        await Slack.DisposeAsync();
        await Connector.DisposeAsync();
        await Reports.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle still open on another thread; the temp folder is cleaned by the system.
        }
    }
}
