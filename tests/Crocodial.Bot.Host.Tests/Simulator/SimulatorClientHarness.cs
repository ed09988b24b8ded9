using Crocodial.Bot.Core;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Host.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Host.Tests.Simulator;

/// <summary>The real <see cref="ReportClient"/> wired to the embedded simulator as the host wires it.</summary>
public sealed class SimulatorClientHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public SimulatorClientHarness(DateTimeOffset now)
    {
        Time = new FakeTimeProvider(now);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.Configure<CrocodialOptions>(o => o.TimeZone = "UTC");
        services.AddReportClient().UseEmbeddedReportApiSimulator();
        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<ReportClient>();
    }

    public FakeTimeProvider Time { get; }

    public ReportClient Client { get; }

    public static ReportQuery Query(DateOnly from, DateOnly to, params string[] tenants) => new(tenants, new DateRange(from, to));

    /// <summary>Moves the fake clock in one-second steps until the call completes.</summary>
    public async Task<ReportResult> GetAsync(ReportQuery query)
    {
        var task = Client.GetAsync(query, TestContext.Current.CancellationToken);
        for (var i = 0; i < 1000 && !task.IsCompleted; i++)
        {
            await Task.Delay(1, TestContext.Current.CancellationToken);
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        return await task;
    }

    public void Dispose() => _services.Dispose();
}
