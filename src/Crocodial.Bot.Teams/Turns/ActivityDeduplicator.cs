using Crocodial.Bot.Core.Work;

namespace Crocodial.Bot.Teams.Turns;

/// <summary>
/// "First time we see this (conversation id, activity id)?": Teams re-sends an activity that was not
/// acknowledged within about 15 s, and the re-send can arrive while the first is still being handled.
/// </summary>
public sealed class ActivityDeduplicator(TimeProvider time)
{
    /// <summary>Teams' re-sends come within a minute; keep a wide margin.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(30);

    private readonly RecentKeys _seen = new(time, Retention);

    public bool TryBegin(string conversationId, string activityId) => _seen.TryBegin(Key(conversationId, activityId));

    /// <summary>The work could not be queued: let Teams' re-send be handled.</summary>
    public void Forget(string conversationId, string activityId) => _seen.Forget(Key(conversationId, activityId));

    // Ids never contain a newline, so the pair maps to one key unambiguously.
    private static string Key(string conversationId, string activityId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activityId);
        return conversationId + "\n" + activityId;
    }
}
