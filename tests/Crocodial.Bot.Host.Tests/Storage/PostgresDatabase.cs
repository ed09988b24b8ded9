using Npgsql;

namespace Crocodial.Bot.Host.Tests.Storage;

/// <summary>
/// The PostgreSQL server the store tests use: <c>CROCODIAL_TEST_POSTGRES</c> (an Npgsql connection string; <c>.ci/run</c>
/// sets it), else a local server with the password <c>postgres</c>. Each test gets a schema of its own, dropped
/// afterwards. Unreachable: skipped on a developer's machine, a failure under <c>CI=true</c>.
/// </summary>
internal static class PostgresDatabase
{
    public const string Variable = "CROCODIAL_TEST_POSTGRES";

    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=crocodial_test";

    private static readonly Lazy<Task<string?>> Unreachable = new(FindProblemAsync);

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : DefaultConnectionString;

    public static async Task RequireAsync()
    {
        if (await Unreachable.Value is not { } problem)
        {
            return;
        }

        var message = $"PostgreSQL is not reachable ({problem}); set {Variable} or run .ci/run --postgres-only.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("Under CI=true the PostgreSQL tests must run: " + message);
        }

        Assert.Skip(message);
    }

    public static async Task<string> CreateSchemaAsync()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE SCHEMA {schema}");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ToString();
    }

    public static Task DropSchemaAsync(string connectionString) =>
        ExecuteAsync($"DROP SCHEMA IF EXISTS {new NpgsqlConnectionStringBuilder(connectionString).SearchPath} CASCADE");

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string?> FindProblemAsync()
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 5 };
            await using var connection = new NpgsqlConnection(builder.ToString());
            await connection.OpenAsync();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException or TimeoutException)
        {
            return e.Message;
        }
    }
}
