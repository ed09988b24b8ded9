using System.Threading.Channels;

namespace Crocodial.Bot.Core.Work;

/// <summary>
/// The bounded queue behind every "acknowledge now, answer later": chat platforms want an HTTP answer
/// within seconds, while a report may take longer. When it is full, <see cref="TryEnqueue"/> says so at
/// once, so the caller can answer "busy, try again in a minute" instead of dropping the request silently.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is a queue; the name says what it does.")]
public sealed class WorkQueue
{
    public const int DefaultCapacity = 200;

    private readonly Channel<WorkItem> _items;

    public WorkQueue(int capacity = DefaultCapacity) =>
        _items = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
        });

    public const string BusyMessage = "I'm busy answering other questions right now. Please try again in a minute.";

    internal ChannelReader<WorkItem> Reader => _items.Reader;

    /// <summary>Queues <paramref name="work"/>; false when the queue is full (nothing was queued).</summary>
    public bool TryEnqueue(string name, Func<CancellationToken, Task> work) =>
        _items.Writer.TryWrite(new WorkItem(name, work));
}

/// <summary>One unit of background work; <see cref="Name"/> is for logs (never payloads or secrets).</summary>
public sealed record WorkItem(string Name, Func<CancellationToken, Task> Run);
