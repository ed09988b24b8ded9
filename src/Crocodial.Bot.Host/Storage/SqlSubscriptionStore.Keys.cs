namespace Crocodial.Bot.Host.Storage;

/// <summary>Teams conversation references and de-duplication keys.</summary>
internal abstract partial class SqlSubscriptionStore
{
    public async Task UpsertConversationReferenceAsync(StoredConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            INSERT INTO conversation_references (conversation_id, tenant_id, service_url, reference, updated_at, active)
            VALUES (@id, @tenant, @url, @reference, @at, @active)
            ON CONFLICT (conversation_id) DO UPDATE SET tenant_id = excluded.tenant_id, service_url = excluded.service_url,
                reference = excluded.reference, updated_at = excluded.updated_at, active = excluded.active
            """);
        Add(command, "id", reference.ConversationId);
        Add(command, "tenant", reference.TenantId);
        Add(command, "url", reference.ServiceUrl);
        Add(command, "reference", reference.ReferenceJson);
        Add(command, "at", ToDb(reference.UpdatedAt));
        Add(command, "active", true);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<StoredConversationReference?> GetConversationReferenceAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            SELECT conversation_id, tenant_id, service_url, reference, updated_at, active
            FROM conversation_references WHERE conversation_id = @id
            """);
        Add(command, "id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredConversationReference(
            reader.GetString(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            ReadTimestamp(reader, 4),
            reader.GetBoolean(5));
    }

    public async Task<bool> DeactivateConversationReferenceAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "UPDATE conversation_references SET active = @inactive WHERE conversation_id = @id AND active = @active");
        Add(command, "id", conversationId);
        Add(command, "inactive", false);
        Add(command, "active", true);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> TryRememberAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            INSERT INTO dedup_keys (key, expires_at) VALUES (@key, @expires)
            ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE dedup_keys.expires_at <= @now
            """);
        Add(command, "key", key);
        Add(command, "expires", ToDb(expiresAt));
        Add(command, "now", ToDb(time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<int> PurgeExpiredKeysAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "DELETE FROM dedup_keys WHERE expires_at <= @now");
        Add(command, "now", ToDb(time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
