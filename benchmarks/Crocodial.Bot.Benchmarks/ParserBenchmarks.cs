using BenchmarkDotNet.Attributes;
using Crocodial.Bot.Core.Commands;

namespace Crocodial.Bot.Benchmarks;

/// <summary>The command parser on a typical chat command and on a long, busy one (target: &lt; 5 µs, &lt; 2 KB).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ParserBenchmarks
{
    private static readonly DateOnly Today = new(2025, 6, 11);

    private const string Long =
        "@statsbot hey, could you pls pull the abandon rate and the aht per day from 20/05/2025 to 30/05/2025 " +
        "for AAA, BBB, CCC and ACME, compared to the same period last year 🙏 thanks a lot, asap if possible";

    [Benchmark(Baseline = true)]
    public Command Typical() => CommandParser.Parse("inbound stats last week for TTY", Today, DayOfWeek.Monday);

    [Benchmark]
    public Command Typo() => CommandParser.Parse("abandon rate lst wek for tty", Today, DayOfWeek.Monday);

    [Benchmark]
    public Command LongCommand() => CommandParser.Parse(Long, Today, DayOfWeek.Monday);

    [Benchmark]
    public Command Subscribe() =>
        CommandParser.Parse("subscribe weekdays at 7:30 Europe/Madrid for AAA and BBB", Today, DayOfWeek.Monday);
}
