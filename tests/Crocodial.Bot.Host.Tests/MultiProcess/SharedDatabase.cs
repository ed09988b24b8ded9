using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Storage;
using Crocodial.Bot.Host.Tests.Storage;
using Crocodial.Bot.Teams.Activities;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Crocodial.Bot.Host.Tests.MultiProcess;

/// <summary>
/// The one database several host processes share: a SQLite file in a folder of its own, or a PostgreSQL schema of
/// its own (<see cref="PostgresDatabase"/>: skipped locally without a server, a failure under <c>CI=true</c>). The
/// test seeds and reads it through the same store the hosts use.
/// </summary>
internal sealed class SharedDatabase : IAsyncDisposable
{
    private readonly string? _directory;
    private readonly NpgsqlDataSource? _dataSource;

    private SharedDatabase(string provider, string connectionString, ISubscriptionStore store, string? directory, NpgsqlDataSource? dataSource)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Store = store;
        _directory = directory;
        _dataSource = dataSource;
    }

    /// <summary><c>Storage:Provider</c> for the hosts.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    public ISubscriptionStore Store { get; }

    public static async Task<SharedDatabase> CreateAsync(string provider)
    {
        SharedDatabase database;
        if (string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            await PostgresDatabase.RequireAsync();
            var connectionString = await PostgresDatabase.CreateSchemaAsync();
            var dataSource = NpgsqlDataSource.Create(connectionString);
            database = new SharedDatabase("Postgres", connectionString, new PostgresSubscriptionStore(dataSource, TimeProvider.System), null, dataSource);
        }
        else
        {
            var directory = Directory.CreateTempSubdirectory("crocodial-multi-").FullName;
            var connectionString = $"Data Source={Path.Combine(directory, "crocodial.db")}";
            database = new SharedDatabase("Sqlite", connectionString, new SqliteSubscriptionStore(connectionString, TimeProvider.System), directory, null);
        }

        await database.Store.MigrateAsync(TestContext.Current.CancellationToken);
        return database;
    }

    /// <summary>
    /// Slack subscriptions in channels of their own, every day at <paramref name="dueAt"/>'s minute in UTC, created an
    /// hour before: each is due at once, on time, for <paramref name="dueAt"/>'s date.
    /// </summary>
    public async Task<IReadOnlyList<Subscription>> SeedSlackAsync(int count, DateTimeOffset dueAt, string channelPrefix)
    {
        var subscriptions = new List<Subscription>();
        for (var i = 1; i <= count; i++)
        {
            subscriptions.Add(await Store.AddAsync(new NewSubscription
            {
                Channel = SubscriptionChannel.ForSlack(SlackWebApiStandIn.TeamId, $"{channelPrefix}{i}"),
                Tenants = ["TTY"],
                Days = NewSubscription.NormalizeDays([]),
                Time = new TimeOnly(dueAt.UtcDateTime.Hour, dueAt.UtcDateTime.Minute),
                Zone = "UTC",
                CreatedBy = "slack:U1",
                CreatedAt = dueAt.AddHours(-1),
            }, TestContext.Current.CancellationToken));
        }

        return subscriptions;
    }

    /// <summary>
    /// Teams channel subscriptions, each with the stored conversation reference a post needs (service URL
    /// <paramref name="serviceUrl"/>), due as <see cref="SeedSlackAsync"/>'s are. The channel id is the conversation id.
    /// </summary>
    public async Task<IReadOnlyList<Subscription>> SeedTeamsAsync(int count, DateTimeOffset dueAt, string serviceUrl)
    {
        const string TenantId = "00000000-0000-0000-0000-00000000cafe";
        var references = new DurableConversationReferences(Store, TimeProvider.System);
        var subscriptions = new List<Subscription>();
        for (var i = 1; i <= count; i++)
        {
            var conversationId = $"19:multi{i}@thread.tacv2";
            await references.SaveAsync(new ConversationReference(
                serviceUrl, "msteams", conversationId, "channel", TenantId, "28:crocodial-bot", "Crocodial", "29:user", null, "en-US", "UTC",
                "19:team@thread.tacv2", conversationId), TestContext.Current.CancellationToken);
            subscriptions.Add(await Store.AddAsync(new NewSubscription
            {
                Channel = SubscriptionChannel.ForTeams(TenantId, conversationId),
                Tenants = ["TTY"],
                Days = NewSubscription.NormalizeDays([]),
                Time = new TimeOnly(dueAt.UtcDateTime.Hour, dueAt.UtcDateTime.Minute),
                Zone = "UTC",
                CreatedBy = "teams:user",
                CreatedAt = dueAt.AddHours(-1),
            }, TestContext.Current.CancellationToken));
        }

        return subscriptions;
    }

    public async Task<IReadOnlyDictionary<long, DeliveryRecord>> DeliveriesAsync(IEnumerable<Subscription> subscriptions) =>
        await Store.GetLastDeliveriesAsync([.. subscriptions.Select(s => s.Id)], TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
            await PostgresDatabase.DropSchemaAsync(ConnectionString);
        }

        if (_directory is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A killed host may still hold the file for a moment; the temp folder is cleaned up by the OS.
            }
        }
    }
}
