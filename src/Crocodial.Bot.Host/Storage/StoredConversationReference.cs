namespace Crocodial.Bot.Host.Storage;

/// <summary>
/// A Teams conversation reference as stored: keyed by conversation id (without <c>;messageid=…</c>), the
/// reference itself kept as the Teams project's JSON so the store needs no Teams types.
/// </summary>
internal sealed record StoredConversationReference(
    string ConversationId,
    string? TenantId,
    string ServiceUrl,
    string ReferenceJson,
    DateTimeOffset UpdatedAt,
    bool Active = true);
