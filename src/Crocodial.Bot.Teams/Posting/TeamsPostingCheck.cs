using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Teams.References;

namespace Crocodial.Bot.Teams.Posting;

/// <summary>
/// Whether a morning post can reach a Teams conversation: the bot posts there later, unprompted, so it needs
/// the stored and still active conversation reference (service URL, tenant, team channel). Every message
/// refreshes it, so it is missing only when Teams never told the bot about the conversation or the bot was
/// removed since.
/// </summary>
public sealed class TeamsPostingCheck(IConversationReferenceStore references)
{
    public const string NoReference =
        "I can't post here on my own yet: Teams hasn't given me this conversation's address. Remove the Crocodial app from this channel or chat, add it again, and try again.";

    /// <summary>Null when the bot can post into <paramref name="channel"/>; else one sentence saying what to do.</summary>
    public async Task<string?> CheckAsync(SubscriptionChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var stored = await references.GetAsync(channel.Address, cancellationToken);
        return stored is { IsActive: true } ? null : NoReference;
    }
}
