using System.Text;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Tests.Reports;

public sealed class ReportClientParsingTests
{
    /// <summary>The sample of report-api.md §9.1, byte for byte.</summary>
    internal const string Sample = """{"result":"success","data":{"rows":[{"calldate":"2025-06-06","total_calls":"702","queued_calls":"431","abandon1":"41","abandon2":"66","handled_calls":"371","avg_hold_time":"71.42","avg_handle_time":"455.87"},{"calldate":"2025-06-07","total_calls":"118","queued_calls":"64","abandon1":"3","abandon2":"7","handled_calls":"59","avg_hold_time":"22.15","avg_handle_time":"398.20"},{"calldate":"2025-06-09","total_calls":"655","queued_calls":"402","abandon1":"35","abandon2":"57","handled_calls":"349","avg_hold_time":"64.08","avg_handle_time":"472.51"}],"headers":["calldate","total_calls","queued_calls","abandon1","abandon2","handled_calls","avg_hold_time","avg_handle_time"]}}""";

    private static readonly DateRange June6To9 = new(new DateOnly(2025, 6, 6), new DateOnly(2025, 6, 9));

    private static ReportReading Read(string body, DateRange? range = null) =>
        ReportResponseReader.Read(Encoding.UTF8.GetBytes(body), 200, range ?? June6To9, "apiuser");

    [Fact]
    public void Read_Sample_GivesThreeDaysWithGap()
    {
        var reading = Read(Sample);

        Assert.Null(reading.Error);
        Assert.Equal([new DateOnly(2025, 6, 6), new DateOnly(2025, 6, 7), new DateOnly(2025, 6, 9)], reading.Days.Select(d => d.Date));
        Assert.Equal(new DailyStats(new DateOnly(2025, 6, 7), 118, 64, 3, 7, 59, 22.15, 398.20), reading.Days[1]);
    }

    [Fact]
    public void Read_NumbersAsJsonNumbers_AreAccepted()
    {
        var reading = Read("""{"result":"success","data":{"rows":[{"calldate":"2025-06-06","total_calls":702,"queued_calls":431.0,"abandon1":41,"abandon2":66,"handled_calls":371,"avg_hold_time":71.42,"avg_handle_time":455}]}}""");

        Assert.Equal(new DailyStats(new DateOnly(2025, 6, 6), 702, 431, 41, 66, 371, 71.42, 455), Assert.Single(reading.Days));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\" \"")]
    public void Read_EmptyAverages_AreNull(string value)
    {
        var reading = Read($$$"""{"result":"success","data":{"rows":[{"calldate":"2025-06-08","total_calls":"4","queued_calls":"2","abandon1":"1","abandon2":"2","handled_calls":"0","avg_hold_time":{{{value}}},"avg_handle_time":{{{value}}}}]}}""");

        var day = Assert.Single(reading.Days);
        Assert.Null(day.AvgWaitSeconds);
        Assert.Null(day.AvgHandleSeconds);
    }

    [Fact]
    public void Read_MissingFields_CountsZeroAveragesNull()
    {
        var day = Assert.Single(Read("""{"result":"success","data":{"rows":[{"calldate":"2025-06-08","total_calls":"4"}]}}""").Days);

        Assert.Equal(new DailyStats(new DateOnly(2025, 6, 8), 4, 0, 0, 0, 0, null, null), day);
    }

    [Theory]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF \r\n\t")]
    [InlineData("\n\n")]
    [InlineData("<br />\n<b>Notice</b>:  Undefined index: log_ip in <b>/var/www/html/goAPIv2/goAPI.php</b> on line <b>66</b><br />\n")]
    [InlineData("PHP Deprecated:  Constant FILTER_SANITIZE_STRING is deprecated in /var/www/html/goAPIv2/includes/MySQLiDB.php on line 1234\n")]
    [InlineData("\nWarning: count(): Parameter must be an array {\"x\" in x.php on line 3\n")]
    public void Read_Preamble_IsSkipped(string preamble)
    {
        var reading = Read(preamble + Sample);

        Assert.Null(reading.Error);
        Assert.Equal(3, reading.Days.Count);
        if (preamble.Trim('\uFEFF', ' ', '\r', '\n', '\t').Length > 0)
        {
            Assert.NotNull(reading.SkippedPreamble);
            Assert.DoesNotContain("<", reading.SkippedPreamble, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_PreambleBeforeErrorCode_FindsCodeObject()
    {
        var reading = Read("<br />\n<b>Notice</b>: x<br />\n{\"code\":\"40001\",\"message\":\"Error: Missing required parameters\"}");

        Assert.Equal(ReportErrorKind.MissingParameters, reading.Error!.Kind);
    }

    [Fact]
    public void Read_UnknownFieldsTrailingCommasComments_AreTolerated()
    {
        var reading = Read("""
            {"query":"SELECT * FROM vicidial_closer_log","result":"success",/* vendor debug */"data":{"extra":{"a":[1,2,{}]},"rows":[
              {"calldate":"2025-06-06","total_calls":"10","queued_calls":"8","abandon1":"1","abandon2":"2","handled_calls":"6","avg_hold_time":"10.50","avg_handle_time":"300.00","tenant":"TTY","nested":{"x":[1]},},
            ],"headers":"not a list",},}
            """);

        Assert.Null(reading.Error);
        Assert.Equal(10, Assert.Single(reading.Days).TotalCalls);
    }

    [Fact]
    public void Read_UnorderedDuplicateAndOutOfRangeRows_AreSortedCombinedAndDropped()
    {
        var reading = Read("""{"result":"success","data":{"rows":[{"calldate":"2025-06-09","total_calls":"655","queued_calls":"402","abandon1":"35","abandon2":"57","handled_calls":"349","avg_hold_time":"64.08","avg_handle_time":"472.51"},{"calldate":"2025-06-06","total_calls":"100","queued_calls":"80","abandon1":"5","abandon2":"10","handled_calls":"60","avg_hold_time":"10.00","avg_handle_time":"300.00"},{"calldate":"2025-06-05","total_calls":"1"},{"calldate":"2025-06-06","total_calls":"50","queued_calls":"40","abandon1":"1","abandon2":"2","handled_calls":"20","avg_hold_time":"30.00","avg_handle_time":null},{"calldate":"2025-06-10 00:00:00","total_calls":"9"}]}}""");

        Assert.Null(reading.Error);
        Assert.Equal(2, reading.IgnoredRows);
        Assert.Equal([new DateOnly(2025, 6, 6), new DateOnly(2025, 6, 9)], reading.Days.Select(d => d.Date));
        var combined = reading.Days[0];
        Assert.Equal((150, 120, 6, 12, 80), (combined.TotalCalls, combined.QueuedCalls, combined.AbandonedAfter20s, combined.Abandoned, combined.HandledCalls));
        Assert.Equal(15.0, combined.AvgWaitSeconds!.Value, 6);
        Assert.Equal(300.0, combined.AvgHandleSeconds!.Value, 6);
    }

    [Theory]
    [InlineData("""{"result":"success","data":{"rows":[],"headers":[]}}""")]
    [InlineData("""{"result":"success","data":[]}""")]
    public void Read_NoRows_IsSuccessWithNoDays(string body)
    {
        var reading = Read(body);

        Assert.Null(reading.Error);
        Assert.Empty(reading.Days);
    }

    [Fact]
    public void Read_EscapedStrings_AreDecoded()
    {
        var day = Assert.Single(Read("""{"result":"success","data":{"rows":[{"calldate":"2025\u002d06\u002d06","total_calls":"\u0031\u0032","avg_hold_time":"1\u002e5"}]}}""").Days);

        Assert.Equal((12, 1.5), (day.TotalCalls, day.AvgWaitSeconds));
    }

    [Fact]
    public void Read_DataBeforeResult_StillNeedsSuccess()
    {
        var reading = Read("""{"data":{"rows":[]},"result":"error","message":"Command Not Found"}""");

        Assert.Equal(ReportErrorKind.UnknownAction, reading.Error!.Kind);
    }

    [Fact]
    public void Read_TextAfterJson_IsIgnored()
    {
        var reading = Read(Sample + "\n<br />\n<b>Warning</b>: late warning");

        Assert.Null(reading.Error);
        Assert.Equal(3, reading.Days.Count);
    }

    [Fact]
    public void Read_NeverThrows_OnArbitraryBytes()
    {
        var random = new Random(42);
        var sample = Encoding.UTF8.GetBytes(Sample);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = (byte[])sample.Clone();
            for (var j = 0; j < 1 + (i % 5); j++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var cut = bytes.AsSpan(0, random.Next(bytes.Length + 1));
            var reading = ReportResponseReader.Read(cut, 200, June6To9, "apiuser");
            Assert.True(reading.Error is not null || reading.Days.All(d => June6To9.Contains(d.Date)));
        }
    }
}
