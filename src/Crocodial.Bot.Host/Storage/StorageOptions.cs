using Microsoft.Data.Sqlite;
using Npgsql;

namespace Crocodial.Bot.Host.Storage;

/// <summary><c>Storage:*</c> (DECISIONS §9): which database holds subscriptions, and where.</summary>
internal sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string DefaultConnectionString = "Data Source=crocodial.db";

    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>The provider named in any case, or null when it is neither Sqlite nor Postgres.</summary>
    public StorageProvider? ParsedProvider => Provider?.Trim().ToUpperInvariant() switch
    {
        "SQLITE" => StorageProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" => StorageProvider.Postgres,
        _ => null,
    };

    public string EffectiveConnectionString =>
        string.IsNullOrWhiteSpace(ConnectionString) ? DefaultConnectionString : ConnectionString;

    /// <summary>What the settings check shows; never repeats a connection string (it may hold a password).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        switch (ParsedProvider)
        {
            case null:
                problems.Add($"Storage:Provider must be Sqlite or Postgres (got '{Provider}').");
                break;
            case StorageProvider.Sqlite when !IsSqlite(EffectiveConnectionString):
                problems.Add("Storage:ConnectionString must be a SQLite connection string such as Data Source=crocodial.db when Storage:Provider is Sqlite.");
                break;
            case StorageProvider.Postgres when string.IsNullOrWhiteSpace(ConnectionString) || !IsPostgres(ConnectionString):
                problems.Add("Storage:ConnectionString must be a PostgreSQL connection string such as Host=db;Database=crocodial;Username=bot;Password=… when Storage:Provider is Postgres.");
                break;
            default:
                break;
        }

        return problems;
    }

    public static IReadOnlyList<string> Problems(IConfiguration configuration) =>
        (configuration.GetSection(Section).Get<StorageOptions>() ?? new StorageOptions()).Problems();

    private static bool IsSqlite(string connectionString)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(connectionString).DataSource);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsPostgres(string connectionString)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(connectionString).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
