using Crocodial.Bot.Core.Work;

namespace Crocodial.Bot.Slack.Events;

/// <summary>
/// "First time we see this <c>event_id</c>?": Slack's retry can arrive while the first delivery is still being
/// handled. <see cref="Forget"/> when the work could not be queued, so Slack's retry is accepted.
/// </summary>
public sealed class SlackEventDeduplicator(TimeProvider time)
{
    /// <summary>Slack's retries end about 5 minutes after the first delivery; keep a wide margin.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    private readonly RecentKeys _seen = new(time, Retention);

    public int Count => _seen.Count;

    public bool TryBegin(string eventId)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        return _seen.TryBegin(eventId);
    }

    public void Forget(string eventId)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        _seen.Forget(eventId);
    }
}
