using System.Globalization;
using Crocodial.Bot.Host.Cli;
using Crocodial.Bot.Host.Tests.Support;

namespace Crocodial.Bot.Host.Tests.Cli;

public class ReportVerbTests
{
    private const string Password = "pa55;word with spaces";

    [Fact]
    public async Task Simulator_ExplicitRange_PrintsSummaryAndPerDayTableThatAddUp()
    {
        var (code, stdout, stderr) = await Run(["--tenant", "TTY", "--from", "2025-05-20", "--to", "2025-05-26"]);

        Assert.Equal(0, code);
        Assert.Contains("TTY · Tue 20 – Mon 26 May 2025 (7 days)", stdout, StringComparison.Ordinal);
        Assert.Contains("built-in report API simulator", stderr, StringComparison.Ordinal);
        var days = stdout.Split('\n').Where(l => l.Length > 10 && l[..3] is "Tue" or "Wed" or "Thu" or "Fri" or "Sat" or "Sun" or "Mon").ToList();
        Assert.Equal(7, days.Count);
        var summedCalls = days.Sum(d => int.Parse(d.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3], NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        var totalLine = stdout.Split('\n').Single(l => l.StartsWith("Total", StringComparison.Ordinal));
        var total = int.Parse(totalLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.Equal(summedCalls, total);
        Assert.Contains($"Calls {total.ToString("N0", CultureInfo.GetCultureInfo("en-US"))}", Squeeze(stdout), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadArguments_ExitTwoWithUsageOnStderr()
    {
        var (code, stdout, stderr) = await Run(["--from", "yesterday"]);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains("usage: report", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"result":"error","message":"Invalid Username\/Password"}""", 200, 2, "configuration")]
    [InlineData("""{"result":"error","message":"Command Not Found"}""", 200, 1, "")]
    [InlineData("""{"code":"40001","message":"Error: Missing required parameters"}""", 200, 1, "")]
    [InlineData("result=error;message=This API function only accepts XML or JSON value on responsetype;", 200, 1, "")]
    [InlineData("<html><body><h1>502 Bad Gateway</h1></body></html>", 502, 1, "")]
    [InlineData("", 200, 1, "")]
    [InlineData("""{"result":"success","data":{"rows":[{"calldate":"2025-05""", 200, 1, "")]
    public async Task StandInApi_ErrorShapes_ExitWithAReadableMessageAndNoPassword(string body, int status, int expectedCode, string expectedWord)
    {
        await using var api = await StandInReportApi.StartAsync(status, body);

        var (code, stdout, stderr) = await Run(["--tenant", "TTY", "--from", "2025-05-20", "--to", "2025-05-21"], api.BaseUrl);

        Assert.Equal(expectedCode, code);
        Assert.Empty(stdout);
        Assert.False(string.IsNullOrWhiteSpace(stderr));
        Assert.Contains(expectedWord, stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("pa55", stderr, StringComparison.Ordinal);
        Assert.All(api.Urls, url => Assert.DoesNotContain("pa55", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StandInApi_Success_SendsCredentialsInTheBodyOnly()
    {
        const string Body = """{"result":"success","data":{"rows":[{"calldate":"2025-05-20","total_calls":"10","queued_calls":"8","abandon1":"1","abandon2":"2","handled_calls":"6","avg_hold_time":"30.00","avg_handle_time":"300.00"}]}}""";
        await using var api = await StandInReportApi.StartAsync(200, Body);

        var (code, stdout, _) = await Run(["--tenant", "TTY", "--from", "2025-05-20", "--to", "2025-05-20"], api.BaseUrl);

        Assert.Equal(0, code);
        Assert.Contains("25.0 %", stdout, StringComparison.Ordinal);
        Assert.Contains("goPass=pa55", Assert.Single(api.Bodies), StringComparison.Ordinal);
        Assert.Equal("/goAPIv2/goReports/goAPI.php", Assert.Single(api.Urls));
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static async Task<(int Code, string Stdout, string Stderr)> Run(string[] args, string? baseUrl = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var settings = new Dictionary<string, string?>
        {
            ["Crocodial:BaseUrl"] = baseUrl ?? "",
            ["Crocodial:User"] = "apiuser",
            ["Crocodial:Password"] = Password,
        };
        var code = await ReportVerb.RunAsync(args, stdout, stderr, settings);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
