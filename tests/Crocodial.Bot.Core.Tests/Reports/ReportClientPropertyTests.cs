using System.Text;
using Crocodial.Bot.Core.Reports;
using CsCheck;

namespace Crocodial.Bot.Core.Tests.Reports;

/// <summary>The reader faces whatever a PHP script, a proxy or a broken network produces: it never throws.</summary>
public sealed class ReportClientPropertyTests
{
    private static readonly DateRange June = new(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30));

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ",", ":", "\"", "{\"result\"", "{\"code\"", "\"success\"", "\"error\"", "\"data\"", "\"rows\"",
        "\"calldate\"", "\"2025-06-06\"", "\"2025-02-30\"", "\"total_calls\"", "\"avg_hold_time\"", "\"12\"", "12", "-1", "1e999",
        "\"NaN\"", "null", "true", "\"\\u0031\"", "\"\\ud800\"", "<br />", "<html>", "result=error;", "\uFEFF", " ", "\n", "/*", "*/",
    ];

    [Fact]
    public void Read_ArbitraryBytes_NeverThrows() =>
        Gen.Byte.Array[0, 600].Sample(bytes =>
        {
            var reading = ReportResponseReader.Read(bytes, 200, June, "apiuser");
            Assert.True(reading.Error is null || reading.Days.Count == 0);
        });

    [Fact]
    public void Read_JsonLikeNoise_NeverThrowsAndKeepsDaysInRange() =>
        Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]).Array[0, 60].Select(parts => Encoding.UTF8.GetBytes(string.Concat(parts))).Sample(body =>
        {
            var reading = ReportResponseReader.Read(body, 200, June, "apiuser");
            Assert.All(reading.Days, day => Assert.True(June.Contains(day.Date)));
            Assert.Equal(reading.Days.Select(d => d.Date).Distinct().Order(), reading.Days.Select(d => d.Date));
        });
}
