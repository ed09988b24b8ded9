namespace Crocodial.Bot.Host.Configuration;

/// <summary>
/// Runs the settings check as the first thing the host starts, so the server never listens with bad
/// settings — and sees the final configuration, including sources added after the builder was made.
/// </summary>
internal sealed class SettingsGate(IConfiguration configuration) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var problems = SettingsCheck.Problems(configuration);
        return problems.Count > 0 ? Task.FromException(new InvalidSettingsException(problems)) : Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
