using Crocodial.Bot.Core.Access;
using System.Collections.Concurrent;
using Crocodial.Bot.Teams.Activities;

namespace Crocodial.Bot.Teams.References;

/// <summary>Process memory only: lost on restart, until the durable store of the subscriptions issue replaces it.</summary>
public sealed class InMemoryConversationReferenceStore(TimeProvider time) : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<string, StoredConversationReference> _references = new(StringComparer.Ordinal);

    public Task<bool> SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var wasActive = false;
        _references.AddOrUpdate(reference.BaseConversationId,
            _ => new StoredConversationReference(reference, true, time.GetUtcNow()),
            (_, existing) =>
            {
                wasActive = existing.IsActive;
                return new StoredConversationReference(reference, true, existing.IsActive ? existing.UpdatedAt : time.GetUtcNow());
            });
        return Task.FromResult(!wasActive);
    }

    public Task DeactivateAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = ChannelKey.WithoutThread(conversationId);
        while (_references.TryGetValue(key, out var existing) && existing.IsActive)
        {
            if (_references.TryUpdate(key, existing with { IsActive = false, UpdatedAt = time.GetUtcNow() }, existing))
            {
                break;
            }
        }

        return Task.CompletedTask;
    }

    public Task<StoredConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_references.GetValueOrDefault(ChannelKey.WithoutThread(conversationId)));
}
