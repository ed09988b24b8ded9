using BenchmarkDotNet.Attributes;
using Crocodial.Bot.Core;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;

namespace Crocodial.Bot.Benchmarks;

/// <summary>Aggregating and viewing a leap year of days (the longest range a user is likely to ask for).</summary>
[MemoryDiagnoser]
public class KpiBenchmarks
{
    private static readonly DateOnly Start = new(2024, 1, 1);
    private readonly ReportViewBuilder _builder = new(new BotOptions());
    private ReportData _year = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var range = new DateRange(Start, Start.AddDays(365));
        var days = range.EachDay()
            .Where(d => d.DayOfWeek != DayOfWeek.Sunday)
            .Select(d =>
            {
                var total = random.Next(100, 900);
                var queued = total * 6 / 10;
                var abandoned = queued / 7;
                return new DailyStats(d, total, queued, abandoned / 2, abandoned, queued - abandoned, random.Next(20, 90), random.Next(300, 500));
            })
            .ToList();
        _year = new ReportData(new ReportQuery(["TTY"], range), days);
    }

    [Benchmark(Baseline = true)]
    public KpiSummary Summary366Days() => KpiSummary.From(_year);

    [Benchmark]
    public ReportView SummaryView366Days() => _builder.Build(new ReportViewRequest(_year, ReportViewKind.Summary, new DateOnly(2025, 6, 11), "Europe/Madrid"));

    [Benchmark]
    public ReportView TableView366Days() => _builder.Build(new ReportViewRequest(_year, ReportViewKind.Table, new DateOnly(2025, 6, 11), "Europe/Madrid"));
}
