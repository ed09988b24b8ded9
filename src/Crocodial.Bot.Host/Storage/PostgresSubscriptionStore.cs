using System.Data.Common;
using Npgsql;

namespace Crocodial.Bot.Host.Storage;

/// <summary>
/// The store for several machines: every instance points at one PostgreSQL database. Tables live in the
/// connection's search path (<c>Search Path=…</c> in the connection string picks a schema).
/// </summary>
internal sealed class PostgresSubscriptionStore(NpgsqlDataSource dataSource, TimeProvider time) : SqlSubscriptionStore(time)
{
    protected override IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE subscriptions (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            platform text NOT NULL,
            address text NOT NULL,
            channel_key text NOT NULL,
            tenants text NOT NULL,
            days text NOT NULL,
            local_time text NOT NULL,
            zone text NOT NULL,
            content text NOT NULL,
            skip_empty boolean NOT NULL,
            created_by text NOT NULL,
            created_at timestamptz NOT NULL,
            active boolean NOT NULL DEFAULT TRUE
        );
        CREATE INDEX ix_subscriptions_channel ON subscriptions (platform, address);
        CREATE TABLE deliveries (
            subscription_id bigint NOT NULL REFERENCES subscriptions (id),
            local_date date NOT NULL,
            claimed_by text NOT NULL,
            claimed_at timestamptz NOT NULL,
            lease_until timestamptz NOT NULL,
            attempt integer NOT NULL,
            outcome text NULL,
            outcome_at timestamptz NULL,
            message_id text NULL,
            error text NULL,
            CONSTRAINT uq_deliveries_day UNIQUE (subscription_id, local_date)
        );
        CREATE INDEX ix_deliveries_open ON deliveries (lease_until) WHERE outcome IS NULL;
        CREATE TABLE conversation_references (
            conversation_id text PRIMARY KEY,
            tenant_id text NULL,
            service_url text NOT NULL,
            reference text NOT NULL,
            updated_at timestamptz NOT NULL,
            active boolean NOT NULL
        );
        CREATE TABLE dedup_keys (
            key text PRIMARY KEY,
            expires_at timestamptz NOT NULL
        );
        CREATE INDEX ix_dedup_keys_expires ON dedup_keys (expires_at);
        """,
    ];

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    protected override async Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // One migrator per schema at a time, across every instance; the lock ends with the transaction.
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext('crocodial.schema:' || current_schema()))", cancellationToken);
        return transaction;
    }

    protected override object ToDb(DateTimeOffset value) => value.ToUniversalTime();

    protected override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    protected override object ToDb(DateOnly value) => value;

    protected override DateOnly ReadDate(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);
}
