using System.Globalization;
using System.Net;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Tests.Reports;

public sealed class ReportClientResilienceTests
{
    private const string Empty = """{"result":"success","data":{"rows":[],"headers":[]}}""";

    private static HttpResponseMessage Ok() => FakeReportApi.Response(Empty);

    private static HttpResponseMessage Status(HttpStatusCode status) => FakeReportApi.Response("<html><title>busy</title></html>", status);

    private static string Field(RecordedRequest request, string name) =>
        request.Body.Split('&').Select(Uri.UnescapeDataString).First(part => part.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];

    [Fact]
    public async Task GetAsync_HundredDays_FourSequentialChunksMergedInOrder()
    {
        // Each chunk answers one row for its first day, plus one row outside its range.
        var api = new FakeReportApi((request, _, _) =>
        {
            var from = Field(request, "fromDate");
            var before = DateOnly.Parse(from, CultureInfo.InvariantCulture).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return Task.FromResult(FakeReportApi.Response(
                $$$"""{"result":"success","data":{"rows":[{"calldate":"{{{from}}}","total_calls":"5"},{"calldate":"{{{before}}}","total_calls":"99"}]}}"""));
        });
        using var harness = new ReportClientHarness(api);
        var query = ReportClientHarness.Query("2025-01-01", "2025-04-10", "TTY");

        var result = await harness.GetAsync(query);

        Assert.True(result.IsSuccess);
        Assert.Same(query, result.Data.Query);
        var ranges = harness.Api.Requests.Select(r => (Field(r, "fromDate"), Field(r, "toDate"))).ToArray();
        Assert.Equal(
            [("2025-01-01", "2025-01-31"), ("2025-02-01", "2025-03-03"), ("2025-03-04", "2025-04-03"), ("2025-04-04", "2025-04-10")],
            ranges);
        Assert.All(harness.Api.Requests, r => Assert.Equal("TTY", Field(r, "tenant[]")));
        Assert.Equal(["2025-01-01", "2025-02-01", "2025-03-04", "2025-04-04"], result.Data.Days.Select(d => d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Chunks_CoverRangeWithoutOverlap()
    {
        for (var days = 1; days <= 400; days += 7)
        {
            var range = new DateRange(new DateOnly(2024, 2, 20), new DateOnly(2024, 2, 20).AddDays(days - 1));
            var chunks = ReportClient.Chunks(range).ToArray();

            Assert.Equal(range.From, chunks[0].From);
            Assert.Equal(range.To, chunks[^1].To);
            Assert.All(chunks, c => Assert.InRange(c.Days, 1, ReportClient.MaxChunkDays));
            Assert.All(chunks.Zip(chunks.Skip(1)), pair => Assert.Equal(pair.First.To.AddDays(1), pair.Second.From));
            Assert.Equal((days + 30) / 31, chunks.Length);
        }
    }

    [Fact]
    public async Task GetAsync_SecondChunkFails_WholeReportFailsAndStops()
    {
        using var harness = new ReportClientHarness(FakeReportApi.Sequence(Ok, () => FakeReportApi.Response("""{"result":"error","message":"Command Not Found"}""")));

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-01-01", "2025-04-10"));

        Assert.Equal(ReportErrorKind.UnknownAction, result.Error!.Kind);
        Assert.Equal(2, harness.Api.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task GetAsync_TransientStatusThenSuccess_IsRetried(HttpStatusCode status)
    {
        using var harness = new ReportClientHarness(FakeReportApi.Sequence(() => Status(status), Ok));

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.True(result.IsSuccess);
        Assert.Equal(2, harness.Api.Requests.Count);
    }

    [Fact]
    public async Task GetAsync_503ThreeTimes_GivesUpAfterTwoRetries()
    {
        using var harness = new ReportClientHarness(FakeReportApi.Always("<html><title>503 Service Unavailable</title></html>", HttpStatusCode.ServiceUnavailable));

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.Equal(ReportErrorKind.ServiceError, result.Error!.Kind);
        Assert.Equal(503, result.Error.HttpStatus);
        Assert.Equal(3, harness.Api.Requests.Count);
    }

    [Fact]
    public async Task GetAsync_429WithRetryAfter_WaitsThatLong()
    {
        var started = DateTimeOffset.MinValue;
        var api = new FakeReportApi((_, n, _) =>
        {
            if (n == 0)
            {
                var busy = Status(HttpStatusCode.TooManyRequests);
                busy.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(20));
                return Task.FromResult(busy);
            }

            return Task.FromResult(Ok());
        });
        using var harness = new ReportClientHarness(api);
        started = harness.Time.GetUtcNow();

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.True(result.IsSuccess);
        Assert.Equal(2, api.Requests.Count);
        Assert.True(harness.Time.GetUtcNow() - started >= TimeSpan.FromSeconds(20), "the retry waited for Retry-After on the fake clock");
    }

    [Fact]
    public async Task GetAsync_RetryAfterBeyondBudget_FailsAtOnceAsBusy()
    {
        var api = FakeReportApi.Sequence(() =>
        {
            var busy = Status(HttpStatusCode.TooManyRequests);
            busy.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromMinutes(10));
            return busy;
        });
        using var harness = new ReportClientHarness(api);

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.Equal(ReportErrorKind.ServiceError, result.Error!.Kind);
        Assert.Equal(429, result.Error.HttpStatus);
        Assert.Contains("busy", result.Error.UserMessage, StringComparison.Ordinal);
        Assert.Single(api.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task GetAsync_NonTransientStatus_IsNotRetried(HttpStatusCode status)
    {
        using var harness = new ReportClientHarness(FakeReportApi.Sequence(() => Status(status), Ok));

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.Equal(ReportErrorKind.ServiceError, result.Error!.Kind);
        Assert.Equal((int)status, result.Error.HttpStatus);
        Assert.Single(harness.Api.Requests);
    }

    [Theory]
    [InlineData("""{"result":"error","message":"Invalid Username\/Password"}""")]
    [InlineData("""{"code":"40001","message":"Error: Missing required parameters"}""")]
    [InlineData("")]
    public async Task GetAsync_ApplicationError_IsNotRetried(string body)
    {
        using var harness = new ReportClientHarness(FakeReportApi.Sequence(() => FakeReportApi.Response(body), Ok));

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.False(result.IsSuccess);
        Assert.Single(harness.Api.Requests);
    }

    [Fact]
    public async Task GetAsync_ApiNeverAnswers_TimesOutAfterRetries()
    {
        var api = new FakeReportApi(async (_, _, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return Ok();
        });
        using var harness = new ReportClientHarness(api);
        var started = harness.Time.GetUtcNow();

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.Equal(ReportErrorKind.Timeout, result.Error!.Kind);
        Assert.Equal("The report service didn't answer in time. Try again in a minute.", result.Error.UserMessage);
        Assert.InRange(api.Requests.Count, 2, 3);
        Assert.InRange(harness.Time.GetUtcNow() - started, ReportClientRegistration.AttemptTimeout * 2, ReportClientRegistration.ChunkTimeout + TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task GetAsync_SlowThenFast_SecondAttemptWins()
    {
        var api = new FakeReportApi(async (_, n, ct) =>
        {
            if (n == 0)
            {
                await Task.Delay(Timeout.Infinite, ct);
            }

            return Ok();
        });
        using var harness = new ReportClientHarness(api);

        var result = await harness.GetAsync(ReportClientHarness.Query("2025-06-06", "2025-06-06"));

        Assert.True(result.IsSuccess);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task GetAsync_RepeatedFailures_OpenTheCircuit()
    {
        using var harness = new ReportClientHarness(FakeReportApi.Always("<html><title>500</title></html>", HttpStatusCode.InternalServerError));
        var query = ReportClientHarness.Query("2025-06-06", "2025-06-06");

        ReportResult? last = null;
        for (var i = 0; i < 8; i++)
        {
            last = await harness.GetAsync(query);
        }

        Assert.Equal(ReportErrorKind.ServiceError, last!.Error!.Kind);
        Assert.Contains("circuit", last.Error.OperatorDetail, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(harness.Api.Requests.Count, 6, 7);
    }
}
