using Crocodial.Bot.Core.Access;
using System.Text.Json;
using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.References;

namespace Crocodial.Bot.Host.Storage;

/// <summary>
/// Teams conversation references in the subscription store (SQLite or PostgreSQL), so a morning post can
/// reach a channel after a restart and on any instance.
/// </summary>
internal sealed class DurableConversationReferences(ISubscriptionStore store, TimeProvider time) : IConversationReferenceStore
{
    public async Task<bool> SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var id = reference.BaseConversationId;
        var before = await store.GetConversationReferenceAsync(id, cancellationToken);
        await store.UpsertConversationReferenceAsync(
            new Storage.StoredConversationReference(
                id, reference.TenantId, reference.ServiceUrl, JsonSerializer.Serialize(reference, TeamsJson.Options), time.GetUtcNow()),
            cancellationToken);
        return before is not { Active: true };
    }

    public Task DeactivateAsync(string conversationId, CancellationToken cancellationToken) =>
        store.DeactivateConversationReferenceAsync(ChannelKey.WithoutThread(conversationId), cancellationToken);

    public async Task<Teams.References.StoredConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var stored = await store.GetConversationReferenceAsync(ChannelKey.WithoutThread(conversationId), cancellationToken);
        var reference = stored is null ? null : JsonSerializer.Deserialize<ConversationReference>(stored.ReferenceJson, TeamsJson.Options);
        return reference is null ? null : new Teams.References.StoredConversationReference(reference, stored!.Active, stored.UpdatedAt);
    }
}
