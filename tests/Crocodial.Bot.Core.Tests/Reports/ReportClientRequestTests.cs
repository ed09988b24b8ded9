using System.Net;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Tests.Reports;

public sealed class ReportClientRequestTests
{
    private const string Empty = """{"result":"success","data":{"rows":[],"headers":[]}}""";

    [Fact]
    public async Task GetAsync_Request_IsFormPostWithEveryFieldAndRepeatedTenants()
    {
        using var harness = new ReportClientHarness(FakeReportApi.Always(Empty));

        await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-09", "TTY", "AAA"));

        var request = Assert.Single(harness.Api.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://acme.croco-dial.net/goAPIv2/goReports/goAPI.php", request.Uri.ToString());
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        var expected = "goAction=inbound_summary_stats&goUser=apiuser&goPass=" + Uri.EscapeDataString(ReportClientHarness.Password).Replace("%20", "+", StringComparison.Ordinal)
            + "&responsetype=json&session_user=apiuser&fromDate=2025-06-06&toDate=2025-06-09&tenant%5B%5D=TTY&tenant%5B%5D=AAA";
        Assert.Equal(expected, request.Body);
    }

    [Fact]
    public async Task GetAsync_NoTenants_SendsNoTenantField()
    {
        using var harness = new ReportClientHarness(FakeReportApi.Always(Empty));

        await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        var request = Assert.Single(harness.Api.Requests);
        Assert.DoesNotContain("tenant", request.Body, StringComparison.Ordinal);
        Assert.Contains("fromDate=2025-06-06&toDate=2025-06-06", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_Password_NeverInUriOrLogs()
    {
        using var harness = new ReportClientHarness(FakeReportApi.Always("""{"result":"error","message":"Invalid Username\/Password"}"""));

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06", "TTY"));

        var request = Assert.Single(harness.Api.Requests);
        Assert.Empty(request.Uri.Query);
        Assert.DoesNotContain("s3cr3t", request.Uri.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", result.Error!.OperatorDetail, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", result.Error.UserMessage, StringComparison.Ordinal);
        Assert.NotEmpty(harness.Logs.Lines);
        Assert.DoesNotContain(harness.Logs.Lines, line => line.Contains("s3cr3t", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://acme.croco-dial.net", "https://acme.croco-dial.net/goAPIv2/goReports/goAPI.php")]
    [InlineData("https://acme.croco-dial.net///", "https://acme.croco-dial.net/goAPIv2/goReports/goAPI.php")]
    [InlineData("http://127.0.0.1:8080/", "http://127.0.0.1:8080/goAPIv2/goReports/goAPI.php")]
    [InlineData("https://example.com/crocodial/", "https://example.com/crocodial/goAPIv2/goReports/goAPI.php")]
    [InlineData("", "http://simulator.invalid/goAPIv2/goReports/goAPI.php")]
    [InlineData("  ", "http://simulator.invalid/goAPIv2/goReports/goAPI.php")]
    public void EndpointFor_BaseUrl_AppendsApiPath(string baseUrl, string expected) =>
        Assert.Equal(expected, ReportClient.EndpointFor(baseUrl).ToString());

    [Fact]
    public async Task GetAsync_EmptyBaseUrl_UsesSimulatorOrigin()
    {
        using var harness = new ReportClientHarness(FakeReportApi.Always(Empty), baseUrl: "");

        await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.Equal("simulator.invalid", Assert.Single(harness.Api.Requests).Uri.Host);
    }

    [Theory]
    [InlineData("ftp://acme.croco-dial.net")]
    [InlineData("acme.croco-dial.net")]
    [InlineData("https://acme.croco-dial.net/goAPIv2/goReports/goAPI.php")]
    [InlineData("https://acme.croco-dial.net/?goUser=x")]
    public void BaseUrlProblem_NotASiteRoot_IsReported(string baseUrl) =>
        Assert.NotNull(ReportClientRegistration.BaseUrlProblem(baseUrl));

    [Fact]
    public async Task GetAsync_CallerCancels_Throws()
    {
        var api = new FakeReportApi(async (_, _, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return FakeReportApi.Response(Empty, HttpStatusCode.OK);
        });
        using var harness = new ReportClientHarness(api);
        using var cts = new CancellationTokenSource();

        var call = harness.Client.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"), cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }
}
