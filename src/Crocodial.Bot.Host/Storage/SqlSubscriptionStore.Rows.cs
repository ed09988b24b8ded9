using System.Data.Common;
using System.Globalization;
using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Host.Storage;

/// <summary>Commands, parameters and row reading.</summary>
internal abstract partial class SqlSubscriptionStore
{
    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // Every statement is a constant of this class; values always go in parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = transaction;
        return command;
    }

    protected static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected static void Add(DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private void AddDay(DbCommand command, long subscriptionId, DateOnly localDate)
    {
        Add(command, "id", subscriptionId);
        Add(command, "date", ToDb(localDate));
    }

    private static void AddChannel(DbCommand command, ChatPlatform platform, string address)
    {
        Add(command, "platform", platform.ToString());
        Add(command, "address", address);
        Add(command, "active", true);
    }

    private async Task<int> DeactivateWhereAsync(string where, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"UPDATE subscriptions SET active = @inactive WHERE active = @active AND {where}");
        Add(command, "inactive", false);
        Add(command, "active", true);
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<Subscription>> QuerySubscriptionsAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<Subscription>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new Subscription
            {
                Id = reader.GetInt64(0),
                Channel = new SubscriptionChannel(Enum.Parse<ChatPlatform>(reader.GetString(1)), reader.GetString(2), reader.GetString(3)),
                Tenants = StoredText.ParseTenants(reader.GetString(4)),
                Days = StoredText.ParseDays(reader.GetString(5)),
                Time = StoredText.ParseTime(reader.GetString(6)),
                Zone = reader.GetString(7),
                Content = Enum.Parse<SubscriptionContent>(reader.GetString(8)),
                SkipEmpty = reader.GetBoolean(9),
                CreatedBy = reader.GetString(10),
                CreatedAt = ReadTimestamp(reader, 11),
                Active = reader.GetBoolean(12),
            });
        }

        return rows;
    }

    private async Task<IReadOnlyList<DeliveryRecord>> QueryDeliveriesAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<DeliveryRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DeliveryRecord
            {
                SubscriptionId = reader.GetInt64(0),
                LocalDate = ReadDate(reader, 1),
                ClaimedBy = reader.GetString(2),
                ClaimedAt = ReadTimestamp(reader, 3),
                LeaseUntil = ReadTimestamp(reader, 4),
                Attempt = Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture),
                Outcome = reader.IsDBNull(6) ? null : Enum.Parse<DeliveryOutcome>(reader.GetString(6)),
                OutcomeAt = reader.IsDBNull(7) ? null : ReadTimestamp(reader, 7),
                MessageId = reader.IsDBNull(8) ? null : reader.GetString(8),
                Error = reader.IsDBNull(9) ? null : reader.GetString(9),
            });
        }

        return rows;
    }
}
