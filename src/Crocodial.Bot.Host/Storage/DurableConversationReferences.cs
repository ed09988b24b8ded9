using Crocodial.Bot.Core.Access;
using Crocodial.Bot.Core.Subscriptions;
using System.Text.Json;
using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.References;

namespace Crocodial.Bot.Host.Storage;

/// <summary>
/// Teams conversation references in the subscription store (SQLite or PostgreSQL), so a morning post can
/// reach a channel after a restart and on any instance.
/// </summary>
internal sealed partial class DurableConversationReferences(
    ISubscriptionStore store, TimeProvider time, ILogger<DurableConversationReferences> logger) : IConversationReferenceStore
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

    /// <summary>The bot left the conversation: its reference and the subscriptions that post there stop (DECISIONS §6).</summary>
    public async Task DeactivateAsync(string conversationId, CancellationToken cancellationToken)
    {
        var id = ChannelKey.WithoutThread(conversationId);
        await store.DeactivateConversationReferenceAsync(id, cancellationToken);
        var stopped = await store.DeactivateByAddressAsync(ChatPlatform.Teams, id, cancellationToken);
        if (stopped > 0)
        {
            LogStopped(id, stopped);
        }
    }

    public async Task<Teams.References.StoredConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var stored = await store.GetConversationReferenceAsync(ChannelKey.WithoutThread(conversationId), cancellationToken);
        var reference = stored is null ? null : JsonSerializer.Deserialize<ConversationReference>(stored.ReferenceJson, TeamsJson.Options);
        return reference is null ? null : new Teams.References.StoredConversationReference(reference, stored!.Active, stored.UpdatedAt);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams conversation {Conversation} left: {Count} subscription(s) stopped")]
    private partial void LogStopped(string conversation, int count);
}
