namespace Crocodial.Bot.Slack.WebApi;

/// <summary>
/// Spaces calls per key on <see cref="TimeProvider"/>: posts to one channel about one per second (Slack's
/// documented pace), and every caller of a method waits out a 429's <c>Retry-After</c>, not just the one
/// that got it. Shared by all clients (a singleton).
/// </summary>
public sealed class SlackPacer(TimeProvider time)
{
    public static readonly TimeSpan ChannelSpacing = TimeSpan.FromSeconds(1);

    private const int PruneAbove = 1024;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.Ordinal);

    /// <summary>Waits for this key's next free slot and reserves the one after it.</summary>
    public Task WaitTurnAsync(string key, TimeSpan spacing, CancellationToken cancellationToken)
    {
        TimeSpan delay;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var slot = _next.TryGetValue(key, out var next) && next > now ? next : now;
            if (spacing > TimeSpan.Zero)
            {
                _next[key] = slot + spacing;
            }

            delay = slot - now;
            Prune(now);
        }

        return delay > TimeSpan.Zero ? Task.Delay(delay, time, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>No turn for this key before <paramref name="duration"/> from now.</summary>
    public void Pause(string key, TimeSpan duration)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + duration;
            if (!_next.TryGetValue(key, out var next) || next < until)
            {
                _next[key] = until;
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        if (_next.Count <= PruneAbove)
        {
            return;
        }

        foreach (var (key, next) in _next)
        {
            if (next <= now)
            {
                _next.Remove(key);
            }
        }
    }
}
