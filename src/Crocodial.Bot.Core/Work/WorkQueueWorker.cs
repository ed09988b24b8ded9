using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Core.Work;

/// <summary>
/// Runs queued work a few items at a time. A failing item is logged and never stops the worker:
/// each item is responsible for telling its user what went wrong.
/// </summary>
public sealed partial class WorkQueueWorker(WorkQueue queue, ILogger<WorkQueueWorker> logger) : BackgroundService
{
    public const int Concurrency = 4;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => ConsumeAsync(stoppingToken)));

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await item.Run(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // One failed item must not stop the others; it is logged with its name.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(item.Name, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Background work '{Name}' failed")]
    private partial void LogFailed(string name, Exception exception);
}
