using Crocodial.Bot.Host.Storage;
using Npgsql;

namespace Crocodial.Bot.Host.Tests.Storage;

/// <summary>The shared store behaviour on a real PostgreSQL server, in a schema of its own per test.</summary>
public sealed class PostgresSubscriptionStoreTests : SubscriptionStoreTests
{
    private readonly List<NpgsqlDataSource> _dataSources = [];
    private string? _connectionString;

    internal override async Task<SqlSubscriptionStore> CreateStoreAsync()
    {
        await PostgresDatabase.RequireAsync();
        _connectionString ??= await PostgresDatabase.CreateSchemaAsync();
        var dataSource = NpgsqlDataSource.Create(_connectionString);
        _dataSources.Add(dataSource);
        return new PostgresSubscriptionStore(dataSource, Time);
    }

    protected override async Task DropDatabaseAsync()
    {
        foreach (var dataSource in _dataSources)
        {
            await dataSource.DisposeAsync();
        }

        if (_connectionString is not null)
        {
            await PostgresDatabase.DropSchemaAsync(_connectionString);
        }
    }
}
