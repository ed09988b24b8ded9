using Crocodial.Bot.Teams.Activities;

namespace Crocodial.Bot.Teams.References;

/// <summary>
/// Where the bot keeps the conversations it may post into later (§4). Keyed by the conversation id without a
/// channel thread's <c>;messageid=…</c>. This project's own implementation is in memory; the host replaces it with
/// one in its SQLite or PostgreSQL store, where leaving a conversation also stops its subscriptions.
/// </summary>
public interface IConversationReferenceStore
{
    /// <summary>Saves or refreshes the reference and marks it active; true when it was not active before (new or re-added).</summary>
    Task<bool> SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>The bot was uninstalled or removed (or the Connector said so): stop posting there.</summary>
    Task DeactivateAsync(string conversationId, CancellationToken cancellationToken);

    Task<StoredConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken);
}

/// <summary>A saved reference, whether the bot may still post there, and when that last changed.</summary>
public sealed record StoredConversationReference(ConversationReference Reference, bool IsActive, DateTimeOffset UpdatedAt);
