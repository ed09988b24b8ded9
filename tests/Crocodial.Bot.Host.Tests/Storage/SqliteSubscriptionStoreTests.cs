using Crocodial.Bot.Host.Storage;

namespace Crocodial.Bot.Host.Tests.Storage;

/// <summary>The shared store behaviour on a real SQLite file of its own per test.</summary>
public sealed class SqliteSubscriptionStoreTests : SubscriptionStoreTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("crocodial-store-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_directory, "crocodial.db")}";

    internal override Task<SqlSubscriptionStore> CreateStoreAsync() =>
        Task.FromResult<SqlSubscriptionStore>(new SqliteSubscriptionStore(ConnectionString, Time));

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Migrate_NewFile_IsInWalMode()
    {
        await MigratedStoreAsync();
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }
}
