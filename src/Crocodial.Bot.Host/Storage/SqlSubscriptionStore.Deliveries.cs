using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Host.Storage;

/// <summary>Claims and outcomes: each decision between instances is one statement on the (subscription, local date) key.</summary>
internal abstract partial class SqlSubscriptionStore
{
    public async Task<bool> TryClaimAsync(long subscriptionId, DateOnly localDate, string instance, DateTimeOffset claimedAt, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            INSERT INTO deliveries (subscription_id, local_date, claimed_by, claimed_at, lease_until, attempt)
            VALUES (@id, @date, @instance, @at, @lease, 1)
            ON CONFLICT (subscription_id, local_date) DO NOTHING
            """);
        AddDay(command, subscriptionId, localDate);
        Add(command, "instance", instance);
        Add(command, "at", ToDb(claimedAt));
        Add(command, "lease", ToDb(leaseUntil));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> TryRecordMissedAsync(long subscriptionId, DateOnly localDate, string instance, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            INSERT INTO deliveries (subscription_id, local_date, claimed_by, claimed_at, lease_until, attempt, outcome, outcome_at)
            VALUES (@id, @date, @instance, @at, @at, 0, @outcome, @at)
            ON CONFLICT (subscription_id, local_date) DO NOTHING
            """);
        AddDay(command, subscriptionId, localDate);
        Add(command, "instance", instance);
        Add(command, "at", ToDb(at));
        Add(command, "outcome", nameof(DeliveryOutcome.Missed));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public Task<IReadOnlyList<DeliveryRecord>> FindExpiredClaimsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        QueryDeliveriesAsync(
            $"SELECT {DeliveryColumns} FROM deliveries WHERE outcome IS NULL AND lease_until < @now ORDER BY lease_until, subscription_id",
            c => Add(c, "now", ToDb(now)),
            cancellationToken);

    public async Task<bool> TakeOverExpiredClaimAsync(long subscriptionId, DateOnly localDate, string instance, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            UPDATE deliveries SET claimed_by = @instance, claimed_at = @now, lease_until = @lease, attempt = attempt + 1
            WHERE subscription_id = @id AND local_date = @date AND outcome IS NULL AND lease_until < @now
            """);
        AddDay(command, subscriptionId, localDate);
        Add(command, "instance", instance);
        Add(command, "now", ToDb(now));
        Add(command, "lease", ToDb(leaseUntil));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> ExtendLeaseAsync(long subscriptionId, DateOnly localDate, string instance, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            UPDATE deliveries SET lease_until = @lease
            WHERE subscription_id = @id AND local_date = @date AND claimed_by = @instance AND outcome IS NULL
            """);
        AddDay(command, subscriptionId, localDate);
        Add(command, "instance", instance);
        Add(command, "lease", ToDb(leaseUntil));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> RecordOutcomeAsync(long subscriptionId, DateOnly localDate, string instance, DeliveryOutcome outcome, DateTimeOffset at, string? messageId, string? error, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            UPDATE deliveries SET outcome = @outcome, outcome_at = @at, message_id = @message, error = @error
            WHERE subscription_id = @id AND local_date = @date AND claimed_by = @instance AND outcome IS NULL
            """);
        AddDay(command, subscriptionId, localDate);
        Add(command, "instance", instance);
        Add(command, "outcome", outcome.ToString());
        Add(command, "at", ToDb(at));
        Add(command, "message", messageId);
        Add(command, "error", error);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<DeliveryRecord?> GetDeliveryAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken)
    {
        var found = await QueryDeliveriesAsync(
            $"SELECT {DeliveryColumns} FROM deliveries WHERE subscription_id = @id AND local_date = @date",
            c => AddDay(c, subscriptionId, localDate),
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyDictionary<long, DeliveryRecord>> GetLastDeliveriesAsync(IReadOnlyCollection<long> subscriptionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriptionIds);
        if (subscriptionIds.Count == 0)
        {
            return new Dictionary<long, DeliveryRecord>();
        }

        var names = subscriptionIds.Select((_, i) => $"@s{i}").ToList();
        var found = await QueryDeliveriesAsync(
            $"""
            SELECT {DeliveryColumns} FROM deliveries d
            WHERE d.subscription_id IN ({string.Join(", ", names)})
              AND d.local_date = (SELECT MAX(x.local_date) FROM deliveries x WHERE x.subscription_id = d.subscription_id)
            """,
            c =>
            {
                var i = 0;
                foreach (var id in subscriptionIds)
                {
                    Add(c, $"s{i++}", id);
                }
            },
            cancellationToken);
        return found.ToDictionary(d => d.SubscriptionId);
    }
}
