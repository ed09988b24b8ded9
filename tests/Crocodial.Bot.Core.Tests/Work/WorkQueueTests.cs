using Crocodial.Bot.Core.Work;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crocodial.Bot.Core.Tests.Work;

public class WorkQueueTests
{
    [Fact]
    public void Full_RefusesAtOnceInsteadOfWaiting()
    {
        var queue = new WorkQueue(capacity: 2);

        Assert.True(queue.TryEnqueue("a", _ => Task.CompletedTask));
        Assert.True(queue.TryEnqueue("b", _ => Task.CompletedTask));
        Assert.False(queue.TryEnqueue("c", _ => Task.CompletedTask));
    }

    [Fact]
    public async Task Worker_FailingItem_DoesNotStopTheNextOnes()
    {
        var queue = new WorkQueue();
        var done = new TaskCompletionSource();
        queue.TryEnqueue("fails", _ => throw new InvalidOperationException("boom"));
        queue.TryEnqueue("works", _ =>
        {
            done.SetResult();
            return Task.CompletedTask;
        });
        using var worker = new WorkQueueWorker(queue, NullLogger<WorkQueueWorker>.Instance);

        await worker.StartAsync(TestContext.Current.CancellationToken);
        await done.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await worker.StopAsync(TestContext.Current.CancellationToken);

        Assert.True(done.Task.IsCompletedSuccessfully);
    }
}
