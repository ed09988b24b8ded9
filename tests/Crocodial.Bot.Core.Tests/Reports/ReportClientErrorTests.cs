using System.Net;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Tests.Reports;

public sealed class ReportClientErrorTests
{
    /// <summary>Every error shape of report-api.md §2.5, §9.2 and §9.3, as the wire carries it.</summary>
    public static TheoryData<string, int, ReportErrorKind, string?> ErrorShapes => new()
    {
        { """{"result":"error","message":"Invalid Username\/Password"}""", 200, ReportErrorKind.BadCredentials, null },
        { """{"result":"error","message":"Command Not Found"}""", 200, ReportErrorKind.UnknownAction, null },
        { "result=error;message=This API function only accepts XML or JSON value on responsetype;", 200, ReportErrorKind.ServiceError, null },
        { "result=error;message=Invalid Username/Password;", 200, ReportErrorKind.BadCredentials, null },
        { """{"code":"40001","result":"Error: Missing required parameters "}""", 200, ReportErrorKind.MissingParameters, "40001" },
        { """{"code":"40001","message":"Error: Missing required parameters"}""", 200, ReportErrorKind.MissingParameters, "40001" },
        { """{"code":"10006","result":"Error: Missing parameters"}""", 200, ReportErrorKind.MissingParameters, "10006" },
        { """{"result":"Error: Session User Not Defined."}""", 200, ReportErrorKind.MissingParameters, null },
        { """{"code":"10001","result":"Error: You do not have permission to view this page "}""", 200, ReportErrorKind.PermissionDenied, "10001" },
        { """{"code":10001,"result":"Error: You do not have permission to view this page "}""", 200, ReportErrorKind.PermissionDenied, "10001" },
        { """{"code":"41004","result":"Invalid value in date range. The allowed date range is 3 months or less."}""", 200, ReportErrorKind.ServiceError, "41004" },
        { """{"result":"No records retrieved from: 2025-06-01 - 2025-06-02"}""", 200, ReportErrorKind.ServiceError, null },
        { """{"code":"10004","result":"Error: No such resource or access is restricted "}""", 200, ReportErrorKind.ServiceError, "10004" },
        { "", 200, ReportErrorKind.MalformedResponse, null },
        { "  \r\n ", 200, ReportErrorKind.MalformedResponse, null },
        { "", 500, ReportErrorKind.ServiceError, null },
        { "<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>", 500, ReportErrorKind.ServiceError, null },
        { "<!DOCTYPE html><html><head><title>Scheduled maintenance</title></head><body>Back soon</body></html>", 200, ReportErrorKind.ServiceError, null },
        { "<br />\n<b>Fatal error</b>:  Uncaught Error: Call to a member function rawQuery() on null in <b>/var/www/goAPI.php</b>", 200, ReportErrorKind.ServiceError, null },
        { """{"result":"success","data":{"rows":[{"calldate":"2025-06-06","total_ca""", 200, ReportErrorKind.MalformedResponse, null },
        { """<?xml version="1.0" encoding="UTF-8"?>\n<goautodialapi version="4.0">(\n<action>"inbound_summary_stats "</action>\n" )<result>error</result>""" + "\n<message>Invalid Username/Password</message>\n</goautodialapi>", 200, ReportErrorKind.MalformedResponse, null },
        { "ERROR: 'astguiclient.conf' file not found.", 200, ReportErrorKind.MalformedResponse, null },
        { """{"result":"success"}""", 200, ReportErrorKind.MalformedResponse, null },
        { """{"result":"success","data":{"rows":null}}""", 200, ReportErrorKind.MalformedResponse, null },
        { """{"result":"success","data":{"rows":[{"calldate":"2025-06-06","total_calls":"many"}]}}""", 200, ReportErrorKind.MalformedResponse, null },
        { """{"result":"success","data":{"rows":[{"total_calls":"12"}]}}""", 200, ReportErrorKind.MalformedResponse, null },
        { """{"result":"success","data":{"rows":[{"calldate":"2025-06-06","total_calls":"-3"}]}}""", 200, ReportErrorKind.MalformedResponse, null },
        { "[]", 200, ReportErrorKind.MalformedResponse, null },
        { "{}", 200, ReportErrorKind.MalformedResponse, null },
    };

    [Theory]
    [MemberData(nameof(ErrorShapes))]
    public async Task GetAsync_ErrorShape_MapsToKind(string body, int status, ReportErrorKind kind, string? code)
    {
        using var harness = new ReportClientHarness(FakeReportApi.Always(body, (HttpStatusCode)status));

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-09", "TTY"));

        Assert.False(result.IsSuccess);
        Assert.Equal(kind, result.Error.Kind);
        Assert.Equal(code, result.Error.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.UserMessage));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.OperatorDetail));
        Assert.True(result.Error.OperatorDetail.Length < 700, "operator detail carries an excerpt, not the body");
        if (status >= 400 || kind == ReportErrorKind.ServiceError && body.Contains('<', StringComparison.Ordinal))
        {
            Assert.Equal(status, result.Error.HttpStatus);
        }
    }

    [Fact]
    public async Task GetAsync_BadCredentials_SaysItIsConfigurationAndIsNotRetried()
    {
        using var harness = new ReportClientHarness(FakeReportApi.Always("""{"result":"error","message":"Invalid Username\/Password"}"""));

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.Equal(ReportErrorKind.BadCredentials, result.Error!.Kind);
        Assert.Contains("configuration", result.Error.UserMessage, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("admin", result.Error.UserMessage, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Crocodial:Password", result.Error.OperatorDetail, StringComparison.Ordinal);
        Assert.Single(harness.Api.Requests);
    }

    [Fact]
    public async Task GetAsync_HtmlErrorPage_KeepsStatusAndTitleOnly()
    {
        const string page = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
        using var harness = new ReportClientHarness(FakeReportApi.Always(page, HttpStatusCode.BadGateway));

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.Equal(ReportErrorKind.ServiceError, result.Error!.Kind);
        Assert.Equal(502, result.Error.HttpStatus);
        Assert.Contains("502 Bad Gateway", result.Error.OperatorDetail, StringComparison.Ordinal);
        Assert.DoesNotContain("<", result.Error.OperatorDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_XmlBody_HintsThatResponseTypeWasIgnored()
    {
        using var harness = new ReportClientHarness(FakeReportApi.Always("<?xml version=\"1.0\"?><goautodialapi><result>error</result></goautodialapi>"));

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.Equal(ReportErrorKind.MalformedResponse, result.Error!.Kind);
        Assert.Contains("responsetype", result.Error.OperatorDetail, StringComparison.Ordinal);
        Assert.Contains("redirect", result.Error.OperatorDetail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.MovedPermanently)]
    [InlineData(HttpStatusCode.Found)]
    [InlineData(HttpStatusCode.PermanentRedirect)]
    public async Task GetAsync_Redirect_IsReportedWithTheTarget(HttpStatusCode status)
    {
        var api = FakeReportApi.Sequence(() =>
        {
            var moved = FakeReportApi.Response("<html><title>Moved</title></html>", status);
            moved.Headers.Location = new Uri("https://acme.crocodial.net/goAPIv2/goReports/goAPI.php");
            return moved;
        });
        using var harness = new ReportClientHarness(api);

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.Equal(ReportErrorKind.ServiceError, result.Error!.Kind);
        Assert.Equal((int)status, result.Error.HttpStatus);
        Assert.Contains("https://acme.crocodial.net/goAPIv2/goReports/goAPI.php", result.Error.OperatorDetail, StringComparison.Ordinal);
        Assert.Contains("Crocodial:BaseUrl", result.Error.OperatorDetail, StringComparison.Ordinal);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task GetAsync_ConnectionRefused_IsServiceErrorAfterRetries()
    {
        var api = new FakeReportApi((_, _, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (acme.croco-dial.net:443)"));
        using var harness = new ReportClientHarness(api);

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.Equal(ReportErrorKind.ServiceError, result.Error!.Kind);
        Assert.Contains("ConnectionError", result.Error.OperatorDetail, StringComparison.Ordinal);
        Assert.Equal(1 + ReportClientRegistration.MaxRetries, api.Requests.Count);
    }

    [Fact]
    public async Task GetAsync_PasswordAtExcerptLimit_NoPartLeaks()
    {
        // The echoed password straddles the excerpt's length limit.
        var body = new string('x', BodyExcerpt.MaxLength - 4) + ReportClientHarness.Password;
        using var harness = new ReportClientHarness(FakeReportApi.Always(body));

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.DoesNotContain(ReportClientHarness.Password[..4], result.Error!.OperatorDetail, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Logs.Lines, line => line.Contains(ReportClientHarness.Password[..4], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("**")]
    [InlineData("a")]
    public async Task GetAsync_TinyPasswordInBody_StillAnswers(string password)
    {
        using var harness = new ReportClientHarness(FakeReportApi.Always("<html><title>a ** b</title></html>", HttpStatusCode.BadGateway), password: password);

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.Equal(502, result.Error!.HttpStatus);
    }

    [Fact]
    public async Task GetAsync_PasswordOccursInData_DataIsUntouched()
    {
        using var harness = new ReportClientHarness(FakeReportApi.Always("<br />notice with 2025<br />\n" + ReportClientParsingTests.Sample), password: "2025");

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-09"));

        Assert.True(result.IsSuccess);
        Assert.Equal(3, result.Data.Days.Count);
        Assert.DoesNotContain(harness.Logs.Lines, line => line.Contains("notice with 2025", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetAsync_BodyEchoesPassword_DetailAndLogsAreRedacted()
    {
        var formEncoded = System.Net.WebUtility.UrlEncode(ReportClientHarness.Password);
        var echo = $"<br />\n<b>Warning</b>: bad value goPass={ReportClientHarness.Password} and {Uri.EscapeDataString(ReportClientHarness.Password)} and {formEncoded}<br />\nnot json";
        using var harness = new ReportClientHarness(FakeReportApi.Always(echo));

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.False(result.IsSuccess);
        Assert.DoesNotContain(ReportClientHarness.Password, result.Error.OperatorDetail, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString(ReportClientHarness.Password), result.Error.OperatorDetail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(formEncoded, result.Error.OperatorDetail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ReportClientHarness.Password, result.Error.UserMessage, StringComparison.Ordinal);
        Assert.NotEmpty(harness.Logs.Lines);
        Assert.DoesNotContain(harness.Logs.Lines, line => line.Contains(ReportClientHarness.Password, StringComparison.Ordinal)
            || line.Contains(Uri.EscapeDataString(ReportClientHarness.Password), StringComparison.OrdinalIgnoreCase));
    }
}
