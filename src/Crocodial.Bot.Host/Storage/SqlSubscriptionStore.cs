using System.Data.Common;
using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Host.Storage;

/// <summary>
/// The statements both databases share. Providers differ only in how they open a connection, how they
/// serialise a migration, their DDL, and how timestamps and dates are stored (SQLite: Unix milliseconds and
/// ISO text; PostgreSQL: <c>timestamptz</c> and <c>date</c>).
/// </summary>
internal abstract partial class SqlSubscriptionStore(TimeProvider time) : ISubscriptionStore
{
    private const string SubscriptionColumns =
        "id, platform, address, channel_key, tenants, days, local_time, zone, content, skip_empty, created_by, created_at, active";

    private const string DeliveryColumns =
        "subscription_id, local_date, claimed_by, claimed_at, lease_until, attempt, outcome, outcome_at, message_id, error";

    /// <summary>Ordered schema steps; step i brings the schema to version i + 1. Never edit a released step.</summary>
    protected abstract IReadOnlyList<string> Migrations { get; }

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Opens the migration's transaction so that only one process at a time migrates.</summary>
    protected abstract Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken);

    protected abstract object ToDb(DateTimeOffset value);

    protected abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    protected abstract object ToDb(DateOnly value);

    protected abstract DateOnly ReadDate(DbDataReader reader, int ordinal);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginMigrationAsync(connection, cancellationToken);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)", cancellationToken);
        await using (var read = Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version"))
        {
            var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            for (var version = current + 1; version <= Migrations.Count; version++)
            {
                await ExecuteAsync(connection, transaction, Migrations[version - 1], cancellationToken);
                await using var record = Command(connection, transaction, "INSERT INTO schema_version (version, applied_at) VALUES (@version, @at)");
                Add(record, "version", version);
                Add(record, "at", time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<Subscription> AddAsync(NewSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            INSERT INTO subscriptions (platform, address, channel_key, tenants, days, local_time, zone, content, skip_empty, created_by, created_at, active)
            VALUES (@platform, @address, @key, @tenants, @days, @time, @zone, @content, @skip, @by, @at, @active)
            RETURNING id
            """);
        Add(command, "platform", subscription.Channel.Platform.ToString());
        Add(command, "address", subscription.Channel.Address);
        Add(command, "key", subscription.Channel.Key);
        Add(command, "tenants", StoredText.Tenants(subscription.Tenants));
        Add(command, "days", StoredText.Days(subscription.Days));
        Add(command, "time", StoredText.Time(subscription.Time));
        Add(command, "zone", subscription.Zone);
        Add(command, "content", subscription.Content.ToString());
        Add(command, "skip", subscription.SkipEmpty);
        Add(command, "by", subscription.CreatedBy);
        Add(command, "at", ToDb(subscription.CreatedAt));
        Add(command, "active", true);
        var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return subscription.WithId(id);
    }

    public async Task<Subscription?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var found = await QuerySubscriptionsAsync($"SELECT {SubscriptionColumns} FROM subscriptions WHERE id = @id", c => Add(c, "id", id), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<Subscription>> ListForChannelAsync(SubscriptionChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return QuerySubscriptionsAsync(
            $"SELECT {SubscriptionColumns} FROM subscriptions WHERE platform = @platform AND address = @address AND active = @active ORDER BY id",
            c => AddChannel(c, channel.Platform, channel.Address),
            cancellationToken);
    }

    public Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken) =>
        QuerySubscriptionsAsync($"SELECT {SubscriptionColumns} FROM subscriptions WHERE active = @active ORDER BY id", c => Add(c, "active", true), cancellationToken);

    public async Task<bool> DeactivateAsync(long id, SubscriptionChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return await DeactivateWhereAsync("id = @id AND platform = @platform AND address = @address", c =>
        {
            Add(c, "id", id);
            Add(c, "platform", channel.Platform.ToString());
            Add(c, "address", channel.Address);
        }, cancellationToken) == 1;
    }

    public Task<int> DeactivateAllAsync(SubscriptionChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return DeactivateByAddressAsync(channel.Platform, channel.Address, cancellationToken);
    }

    public Task<int> DeactivateByAddressAsync(ChatPlatform platform, string address, CancellationToken cancellationToken) =>
        DeactivateWhereAsync("platform = @platform AND address = @address", c =>
        {
            Add(c, "platform", platform.ToString());
            Add(c, "address", address);
        }, cancellationToken);

    public Task<int> DeactivateWorkspaceAsync(ChatPlatform platform, string workspaceId, CancellationToken cancellationToken) =>
        DeactivateWhereAsync("platform = @platform AND substr(address, 1, length(@prefix)) = @prefix", c =>
        {
            Add(c, "platform", platform.ToString());
            Add(c, "prefix", workspaceId + "/");
        }, cancellationToken);
}
