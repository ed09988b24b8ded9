using System.Collections.Concurrent;

namespace Crocodial.Bot.Slack.Events;

/// <summary>
/// Answers "first time we see this <c>event_id</c>?" atomically, because Slack's retry can arrive while the
/// first delivery is still being handled. In memory, one process: it sits in front of the durable store
/// (consult the store only when this says first; <see cref="Forget"/> when the work could not be queued, so
/// Slack's retry is accepted).
/// </summary>
public sealed class SlackEventDeduplicator(TimeProvider time)
{
    /// <summary>Slack's retries end about 5 minutes after the first delivery; keep a wide margin.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private long _nextPruneTicks;

    public int Count => _seen.Count;

    public bool TryBegin(string eventId)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        var now = time.GetUtcNow();
        PruneIfDue(now);
        var expires = now + Retention;
        while (true)
        {
            if (_seen.TryAdd(eventId, expires))
            {
                return true;
            }

            if (_seen.TryGetValue(eventId, out var existing))
            {
                if (existing > now)
                {
                    return false;
                }

                if (_seen.TryUpdate(eventId, expires, existing))
                {
                    return true;
                }
            }
        }
    }

    public void Forget(string eventId)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        _seen.TryRemove(eventId, out _);
    }

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
