using Crocodial.Bot.Host.Configuration;
using Crocodial.Bot.Host.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crocodial.Bot.Host.Tests.Storage;

public class StorageRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSubscriptionStore(configuration).BuildServiceProvider();
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("SQLITE")]
    [InlineData(" sqlite ")]
    public void Provider_SqliteInAnyCase_IsTheSqliteStore(string provider)
    {
        using var services = Build(new() { ["Storage:Provider"] = provider });

        Assert.IsType<SqliteSubscriptionStore>(services.GetRequiredService<ISubscriptionStore>());
    }

    [Fact]
    public void Provider_Missing_DefaultsToSqliteInTheWorkingDirectory()
    {
        using var services = Build([]);

        Assert.Equal("crocodial.db", Assert.IsType<SqliteSubscriptionStore>(services.GetRequiredService<ISubscriptionStore>()).DataSource);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgres")]
    [InlineData("POSTGRESQL")]
    public void Provider_PostgresInAnyCase_IsThePostgresStore(string provider)
    {
        using var services = Build(new() { ["Storage:Provider"] = provider, ["Storage:ConnectionString"] = "Host=db;Database=crocodial;Username=bot;Password=secret" });

        Assert.IsType<PostgresSubscriptionStore>(services.GetRequiredService<ISubscriptionStore>());
    }

    [Fact]
    public void Provider_Unknown_IsAStartupProblemNamingTheKey()
    {
        using var services = Build(new() { ["Storage:Provider"] = "Mongo" });

        var problem = Assert.Single(Assert.Throws<InvalidSettingsException>(() => services.GetRequiredService<ISubscriptionStore>()).Problems);
        Assert.Equal("Storage:Provider must be Sqlite or Postgres (got 'Mongo').", problem);
    }

    [Fact]
    public void Postgres_WithTheDefaultSqliteConnectionString_IsAProblemThatHidesTheValue()
    {
        var problems = StorageOptions.Problems(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = "Data Source=crocodial.db;Password=hunter2",
        }).Build());

        var problem = Assert.Single(problems);
        Assert.StartsWith("Storage:ConnectionString must be a PostgreSQL connection string", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_HaveNoStorageProblem() =>
        Assert.Empty(StorageOptions.Problems(new ConfigurationBuilder().Build()));

    [Fact]
    public async Task StorageGate_FirstStart_CreatesTheSqliteFileWithItsSchema()
    {
        var directory = Directory.CreateTempSubdirectory("crocodial-gate-").FullName;
        try
        {
            var file = Path.Combine(directory, "bot.db");
            await using (var services = Build(new() { ["Storage:Provider"] = "sqlite", ["Storage:ConnectionString"] = $"Data Source={file}" }))
            {
                foreach (var hosted in services.GetServices<IHostedService>())
                {
                    await hosted.StartAsync(TestContext.Current.CancellationToken);
                }

                var store = (SqlSubscriptionStore)services.GetRequiredService<ISubscriptionStore>();
                Assert.Equal(1, await store.SchemaVersionAsync(TestContext.Current.CancellationToken));
            }

            Assert.True(File.Exists(file));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
