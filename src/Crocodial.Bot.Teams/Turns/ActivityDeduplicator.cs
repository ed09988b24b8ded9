using System.Collections.Concurrent;

namespace Crocodial.Bot.Teams.Turns;

/// <summary>
/// "First time we see this (conversation id, activity id)?", atomically: Teams re-sends an activity that was
/// not acknowledged within about 15 s, and the re-send can arrive while the first is still being handled.
/// In memory, one process.
/// </summary>
public sealed class ActivityDeduplicator(TimeProvider time)
{
    /// <summary>Teams' re-sends come within a minute; keep a wide margin.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(30);

    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<(string, string), DateTimeOffset> _seen = new();
    private long _nextPruneTicks;

    public bool TryBegin(string conversationId, string activityId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activityId);
        var key = (conversationId, activityId);
        var now = time.GetUtcNow();
        PruneIfDue(now);
        var expires = now + Retention;
        while (true)
        {
            if (_seen.TryAdd(key, expires))
            {
                return true;
            }

            if (_seen.TryGetValue(key, out var existing))
            {
                if (existing > now)
                {
                    return false;
                }

                if (_seen.TryUpdate(key, expires, existing))
                {
                    return true;
                }
            }
        }
    }

    /// <summary>The work could not be queued: let Teams' re-send be handled.</summary>
    public void Forget(string conversationId, string activityId) => _seen.TryRemove((conversationId, activityId), out _);

    private void PruneIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextPruneTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextPruneTicks, (now + PruneEvery).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var entry in _seen)
        {
            if (entry.Value <= now)
            {
                _seen.TryRemove(entry);
            }
        }
    }
}
