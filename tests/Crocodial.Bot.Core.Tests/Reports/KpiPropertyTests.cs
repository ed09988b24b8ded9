using CsCheck;
using Crocodial.Bot.Core.Formatting;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Tests.Reports;

public class KpiPropertyTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);

    /// <summary>A day's row obeying the simulator invariants (DECISIONS §5), averages sometimes null.</summary>
    private static readonly Gen<(int Total, int Queued, int A2, int A1, int Handled, double? Wait, double? Handle)> GenCounts =
        from total in Gen.Int[0, 5000]
        from queued in Gen.Int[0, total]
        from a2 in Gen.Int[0, queued]
        from a1 in Gen.Int[0, a2]
        from handled in Gen.Int[0, total - a2]
        from wait in Gen.Int[0, 360_000].Select(c => c / 100.0).Nullable(0.1)
        from handle in Gen.Int[0, 720_000].Select(c => c / 100.0).Nullable(0.1)
        select (total, queued, a2, a1, handled, wait, handle);

    /// <summary>A range of up to 120 days, each day with a row or not.</summary>
    private static readonly Gen<(DateRange Range, DailyStats[] Days)> GenReport =
        from length in Gen.Int[1, 120]
        from rows in GenCounts.Nullable(0.2).Array[length]
        let range = new DateRange(Start, Start.AddDays(length - 1))
        select (range, rows
            .Select((r, i) => r is { } c ? new DailyStats(Start.AddDays(i), c.Total, c.Queued, c.A1, c.A2, c.Handled, c.Wait, c.Handle) : null)
            .OfType<DailyStats>()
            .ToArray());

    [Fact]
    public void Totals_EqualSums_WhateverTheSplitIntoChunks() =>
        GenReport.SelectMany(r => Gen.Int[1, r.Range.Days].Select(chunk => (r, chunk))).Sample(t =>
        {
            var ((range, days), chunkDays) = t;
            var whole = KpiSummary.From(range, days);
            var chunks = Chunks(range, chunkDays).Select(c => KpiSummary.From(c, days)).ToList();

            Assert.Equal(whole.TotalCalls, chunks.Sum(c => c.TotalCalls));
            Assert.Equal(whole.Queued, chunks.Sum(c => c.Queued));
            Assert.Equal(whole.Abandoned, chunks.Sum(c => c.Abandoned));
            Assert.Equal(whole.AbandonedAfter20s, chunks.Sum(c => c.AbandonedAfter20s));
            Assert.Equal(whole.Handled, chunks.Sum(c => c.Handled));
            Assert.Equal(whole.MissingDays.Count, chunks.Sum(c => c.MissingDays.Count));
            Assert.Equal(days.Sum(d => (long)d.TotalCalls), whole.TotalCalls);
        });

    [Fact]
    public void WeightedAverages_EqualDirectRecomputation_AndLieWithinDailyValues() =>
        GenReport.Sample(r =>
        {
            var s = KpiSummary.From(r.Range, r.Days);
            Check(s.AvgWaitSeconds, r.Days.Select(d => (d.AvgWaitSeconds, d.HandledCalls)));
            Check(s.AvgHandleSeconds, r.Days.Select(d => (d.AvgHandleSeconds, d.HandledCalls)));
        });

    [Fact]
    public void Rates_LieBetweenZeroAndOne_UnderTheInvariants() =>
        GenReport.Sample(r =>
        {
            var s = KpiSummary.From(r.Range, r.Days);
            foreach (var rate in new[] { s.AbandonRate, s.AbandonRateExcludingWithin20s, s.AbandonedWithin20sShare, s.AnswerRate })
            {
                Assert.True(rate is null || rate is >= 0 and <= 1, $"rate {rate}");
            }

            Assert.True(s.AbandonedWithin20s >= 0 && s.NeverQueued >= 0);
        });

    [Fact]
    public void CombiningSameDayRows_EqualsSummingThem() =>
        GenCounts.Array[1, 6].Sample(rows =>
        {
            var day = Start;
            var parts = rows.Select(c => new DailyStats(day, c.Total, c.Queued, c.A1, c.A2, c.Handled, c.Wait, c.Handle)).ToArray();
            var combined = KpiSummary.From(DateRange.Day(day), [DailyStats.Combine(day, parts)]);
            var summed = KpiSummary.From(DateRange.Day(day), parts);

            Assert.Equal(
                (summed.TotalCalls, summed.Queued, summed.AbandonedAfter20s, summed.Abandoned, summed.Handled),
                (combined.TotalCalls, combined.Queued, combined.AbandonedAfter20s, combined.Abandoned, combined.Handled));
            AssertClose(summed.AvgWaitSeconds, combined.AvgWaitSeconds);
            AssertClose(summed.AvgHandleSeconds, combined.AvgHandleSeconds);
        });

    [Fact]
    public void OneDay_EqualsTheRangeOfThatDay() =>
        GenCounts.Sample(c =>
        {
            var row = new DailyStats(Start, c.Total, c.Queued, c.A1, c.A2, c.Handled, c.Wait, c.Handle);
            var of = KpiSummary.Of(row);
            var from = KpiSummary.From(DateRange.Day(Start), [row]);
            foreach (var kpi in Enum.GetValues<Kpi>())
            {
                AssertClose(from.Value(kpi), of.Value(kpi));
            }
        });

    [Fact]
    public void NeverThrows_OnEdgeValues()
    {
        var edge = Gen.OneOf(0, 1, -1, int.MaxValue, int.MinValue);
        var edgeAvg = Gen.OneOf<double?>(null, 0, -1, double.NaN, double.PositiveInfinity, double.MaxValue, 1e-300);
        Gen.Select(edge, edge, edge, edge, edge, edgeAvg, edgeAvg).Array[0, 5].Sample(rows =>
        {
            var days = rows.Select((r, i) => new DailyStats(Start.AddDays(i % 3), r.Item1, r.Item2, r.Item3, r.Item4, r.Item5, r.Item6, r.Item7));
            var s = KpiSummary.From(new DateRange(Start, Start.AddDays(2)), days);
            foreach (var definition in KpiCatalog.All)
            {
                var text = DisplayFormat.Default.Value(s.Value(definition.Kpi), definition.Unit);
                Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
                Assert.DoesNotContain("∞", text, StringComparison.Ordinal);
            }
        });
    }

    private static void Check(double? actual, IEnumerable<(double? Avg, int Handled)> days)
    {
        var valid = days.Where(d => d.Avg is not null && d.Handled > 0).ToList();
        if (valid.Count == 0)
        {
            Assert.Null(actual);
            return;
        }

        var expected = valid.Sum(d => d.Avg!.Value * d.Handled) / valid.Sum(d => (double)d.Handled);
        AssertClose(expected, actual);
        Assert.InRange(actual!.Value, valid.Min(d => d.Avg!.Value) - 1e-6, valid.Max(d => d.Avg!.Value) + 1e-6);
    }

    private static void AssertClose(double? expected, double? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is { } e)
        {
            Assert.True(Math.Abs(e - actual!.Value) <= 1e-9 * Math.Max(1, Math.Abs(e)), $"{e} vs {actual}");
        }
    }

    private static IEnumerable<DateRange> Chunks(DateRange range, int size)
    {
        for (var from = range.From; from <= range.To; from = from.AddDays(size))
        {
            var to = from.AddDays(size - 1);
            yield return new DateRange(from, to > range.To ? range.To : to);
        }
    }
}
