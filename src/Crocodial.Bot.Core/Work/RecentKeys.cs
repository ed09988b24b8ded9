using System.Collections.Concurrent;

namespace Crocodial.Bot.Core.Work;

/// <summary>
/// Answers "first time we see this key?" atomically, in memory, for one process: chat platforms re-send a
/// request that was not acknowledged fast enough, and the re-send can arrive while the first is still being
/// handled. Keys are forgotten after <c>retention</c>; <see cref="Forget"/> lets a re-send through when the
/// work could not be queued.
/// </summary>
public sealed class RecentKeys(TimeProvider time, TimeSpan retention)
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private long _nextPruneTicks;

    public int Count => _seen.Count;

    public bool TryBegin(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = time.GetUtcNow();
        PruneIfDue(now);
        var expires = now + retention;
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

    public void Forget(string key) => _seen.TryRemove(key, out _);

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
