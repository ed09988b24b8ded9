using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Benchmarks;

/// <summary>Reading one 31-day chunk's body, the unit of work behind every report.</summary>
[MemoryDiagnoser]
public class ReportParsingBenchmarks
{
    private static readonly DateRange May = new(new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31));

    private byte[] _oneTenant = [];
    private byte[] _withNotice = [];
    private byte[] _twoTenants = [];

    [GlobalSetup]
    public void Setup()
    {
        _oneTenant = Body(1);
        _withNotice = [.. "<br />\n<b>Notice</b>:  Undefined index: log_ip in <b>/var/www/html/goAPIv2/goAPI.php</b> on line <b>66</b><br />\n"u8, .. _oneTenant];
        _twoTenants = Body(2);
    }

    [Benchmark(Baseline = true, Description = "31 rows")]
    public int OneTenant() => ReportResponseReader.Read(_oneTenant, 200, May, "apiuser").Days.Count;

    [Benchmark(Description = "31 rows after a PHP notice")]
    public int WithNotice() => ReportResponseReader.Read(_withNotice, 200, May, "apiuser").Days.Count;

    [Benchmark(Description = "62 rows, two tenants combined per day")]
    public int TwoTenants() => ReportResponseReader.Read(_twoTenants, 200, May, "apiuser").Days.Count;

    private static byte[] Body(int tenants)
    {
        var builder = new StringBuilder("""{"result":"success","data":{"rows":[""");
        var first = true;
        foreach (var day in May.EachDay())
        {
            for (var t = 0; t < tenants; t++)
            {
                var n = day.Day + (t * 7);
                builder.Append(first ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""
                    {"calldate":"{{day:yyyy-MM-dd}}","total_calls":"{{600 + n}}","queued_calls":"{{400 + n}}","abandon1":"{{30 + (n % 9)}}","abandon2":"{{55 + (n % 13)}}","handled_calls":"{{340 + n}}","avg_hold_time":"{{60 + (n / 7.0):0.00}}","avg_handle_time":"{{450 + (n / 3.0):0.00}}"}
                    """);
                first = false;
            }
        }

        builder.Append("""],"headers":["calldate","total_calls","queued_calls","abandon1","abandon2","handled_calls","avg_hold_time","avg_handle_time"]}}""");
        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
