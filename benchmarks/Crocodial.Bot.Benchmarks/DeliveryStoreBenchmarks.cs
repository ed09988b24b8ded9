using BenchmarkDotNet.Attributes;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Scheduling;
using Crocodial.Bot.Host.Storage;

namespace Crocodial.Bot.Benchmarks;

/// <summary>
/// A busy morning on one SQLite file: a thousand subscriptions due at once. What a delivery round does before it
/// posts anything — next runs, the last delivery of each, one claim per subscription and day.
/// </summary>
[MemoryDiagnoser]
public class DeliveryStoreBenchmarks
{
    private const int Subscriptions = 1000;
    private static readonly DateTimeOffset Morning = new(2026, 12, 4, 7, 0, 0, TimeSpan.Zero);
    private static readonly string[] Zones = ["Europe/Madrid", "America/New_York", "Asia/Kolkata", "UTC"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crocodial-bench-" + Guid.NewGuid().ToString("N"));
    private SqliteSubscriptionStore _store = null!;
    private List<Subscription> _subscriptions = null!;
    private long[] _ids = null!;
    private DateOnly _day = new(2026, 1, 1);

    [GlobalSetup]
    public async Task SetupAsync()
    {
        Directory.CreateDirectory(_folder);
        _store = new SqliteSubscriptionStore($"Data Source={Path.Combine(_folder, "bench.db")}", TimeProvider.System);
        await _store.MigrateAsync(CancellationToken.None);
        _subscriptions = [];
        for (var i = 0; i < Subscriptions; i++)
        {
            _subscriptions.Add(await _store.AddAsync(
                new NewSubscription
                {
                    Channel = SubscriptionChannel.ForSlack("T1", $"C{i}"),
                    Tenants = [i % 2 == 0 ? "TTY" : "AAA"],
                    Days = NewSubscription.NormalizeDays([]),
                    Time = new TimeOnly(8, i % 60),
                    Zone = Zones[i % Zones.Length],
                    CreatedBy = "slack:T1/U1",
                    CreatedAt = Morning.AddDays(-30),
                },
                CancellationToken.None));
        }

        _ids = [.. _subscriptions.Select(s => s.Id)];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public int NextRuns1000() => _subscriptions.Count(s => SubscriptionSchedule.NextRun(s, Morning) is not null);

    [Benchmark]
    public async Task<int> LastDeliveries1000() => (await _store.GetLastDeliveriesAsync(_ids, CancellationToken.None)).Count;

    /// <summary>Every subscription claims a day no one has claimed yet: a thousand inserts under the unique key.</summary>
    [Benchmark]
    public async Task<int> Claims1000()
    {
        _day = _day.AddDays(1);
        var won = 0;
        foreach (var id in _ids)
        {
            if (await _store.TryClaimAsync(id, _day, "bench", Morning, Morning.AddMinutes(10), CancellationToken.None))
            {
                won++;
            }
        }

        return won;
    }
}
