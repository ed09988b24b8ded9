namespace Crocodial.Bot.Host.Delivery;

/// <summary>
/// Keeps scheduled Teams posts within the Connector's budgets (teams-bot-protocol §3.6, DECISIONS §8): at most
/// 7 messages a second per conversation and 50 requests a second per tenant, counted over a sliding second on
/// <see cref="TimeProvider"/>. The Connector client itself only reacts to 429s; a morning fan-out should not
/// provoke them.
/// </summary>
internal sealed class TeamsPacer(TimeProvider time)
{
    public const int PerConversation = 7;
    public const int PerTenant = 50;

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _sent = new(StringComparer.Ordinal);

    public async Task WaitTurnAsync(string conversationId, string? tenantId, CancellationToken cancellationToken)
    {
        var conversationKey = "conversation:" + conversationId;
        var tenantKey = "tenant:" + (tenantId ?? "");
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                var conversation = Recent(conversationKey, now);
                var tenant = Recent(tenantKey, now);
                if (conversation.Count < PerConversation && tenant.Count < PerTenant)
                {
                    conversation.Enqueue(now);
                    tenant.Enqueue(now);
                    return;
                }

                wait = TimeSpan.Zero;
                if (conversation.Count >= PerConversation)
                {
                    wait = conversation.Peek() + Window - now;
                }

                if (tenant.Count >= PerTenant && tenant.Peek() + Window - now > wait)
                {
                    wait = tenant.Peek() + Window - now;
                }
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), time, cancellationToken);
        }
    }

    private Queue<DateTimeOffset> Recent(string key, DateTimeOffset now)
    {
        if (!_sent.TryGetValue(key, out var queue))
        {
            if (_sent.Count > 1024)
            {
                foreach (var stale in _sent.Where(e => e.Value.Count == 0 || e.Value.Last() + Window <= now).Select(e => e.Key).ToList())
                {
                    _sent.Remove(stale);
                }
            }

            queue = new Queue<DateTimeOffset>();
            _sent[key] = queue;
        }

        while (queue.Count > 0 && queue.Peek() + Window <= now)
        {
            queue.Dequeue();
        }

        return queue;
    }
}
