using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Crocodial.Bot.Host.Storage;

/// <summary>
/// The embedded default: one SQLite file that several processes on one machine may share. WAL lets readers
/// run beside the one writer; the busy timeout makes a second writer wait instead of failing. Every write is a
/// single statement, so no transaction ever has to upgrade a read lock (which SQLite would refuse, not wait for).
/// </summary>
internal sealed class SqliteSubscriptionStore : SqlSubscriptionStore
{
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly string _connectionString;

    public SqliteSubscriptionStore(string connectionString, TimeProvider time)
        : base(time)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        };
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    public string DataSource { get; }

    protected override IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE subscriptions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            platform TEXT NOT NULL,
            address TEXT NOT NULL,
            channel_key TEXT NOT NULL,
            tenants TEXT NOT NULL,
            days TEXT NOT NULL,
            local_time TEXT NOT NULL,
            zone TEXT NOT NULL,
            content TEXT NOT NULL,
            skip_empty INTEGER NOT NULL,
            created_by TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            active INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX ix_subscriptions_channel ON subscriptions (platform, address);
        CREATE TABLE deliveries (
            subscription_id INTEGER NOT NULL REFERENCES subscriptions (id),
            local_date TEXT NOT NULL,
            claimed_by TEXT NOT NULL,
            claimed_at INTEGER NOT NULL,
            lease_until INTEGER NOT NULL,
            attempt INTEGER NOT NULL,
            outcome TEXT NULL,
            outcome_at INTEGER NULL,
            message_id TEXT NULL,
            error TEXT NULL,
            CONSTRAINT uq_deliveries_day UNIQUE (subscription_id, local_date)
        );
        CREATE INDEX ix_deliveries_open ON deliveries (lease_until) WHERE outcome IS NULL;
        CREATE TABLE conversation_references (
            conversation_id TEXT PRIMARY KEY,
            tenant_id TEXT NULL,
            service_url TEXT NOT NULL,
            reference TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            active INTEGER NOT NULL
        );
        CREATE TABLE dedup_keys (
            key TEXT PRIMARY KEY,
            expires_at INTEGER NOT NULL
        );
        CREATE INDEX ix_dedup_keys_expires ON dedup_keys (expires_at);
        """,
    ];

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, null, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    protected override async Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // WAL is a property of the file: set once, kept by every later connection.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);

        // BEGIN IMMEDIATE takes the write lock up front, so a second migrating process waits here (busy timeout)
        // and then finds the schema already at the latest version.
        return ((SqliteConnection)connection).BeginTransaction(deferred: false);
    }

    protected override object ToDb(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    protected override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    protected override object ToDb(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override DateOnly ReadDate(DbDataReader reader, int ordinal) =>
        DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
