using Npgsql;

namespace Crocodial.Bot.Host.Storage;

/// <summary>Owns the PostgreSQL data source (its connection pool), so the container disposes it at shutdown.</summary>
internal sealed class StoreDataSource : IDisposable
{
    private NpgsqlDataSource? _postgres;

    public NpgsqlDataSource Postgres(string connectionString) =>
        _postgres ??= NpgsqlDataSource.Create(connectionString);

    public void Dispose() => _postgres?.Dispose();
}
