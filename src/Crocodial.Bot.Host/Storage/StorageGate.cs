namespace Crocodial.Bot.Host.Storage;

/// <summary>
/// Brings the schema to the latest version before the host serves, so no request or scheduler tick ever
/// meets a missing table. Several instances starting together serialise on the database's own lock.
/// </summary>
internal sealed partial class StorageGate(ISubscriptionStore store, ILogger<StorageGate> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        LogReady(logger, store.GetType().Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription store ready: {Store}, schema up to date.")]
    private static partial void LogReady(ILogger logger, string store);
}
