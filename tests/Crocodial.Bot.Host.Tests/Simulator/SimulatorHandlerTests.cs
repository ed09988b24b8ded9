using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Host.Simulator;

namespace Crocodial.Bot.Host.Tests.Simulator;

public sealed class SimulatorHandlerTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 11, 15, 30, 0, TimeSpan.Zero);

    private static readonly DateOnly Today = new(2025, 6, 11);

    [Theory]
    [InlineData(FaultTenants.ServerError, ReportErrorKind.ServiceError, 500)]
    [InlineData(FaultTenants.Html, ReportErrorKind.ServiceError, 200)]
    [InlineData(FaultTenants.Empty, ReportErrorKind.MalformedResponse, null)]
    [InlineData(FaultTenants.TruncatedJson, ReportErrorKind.MalformedResponse, null)]
    [InlineData(FaultTenants.BadCredentials, ReportErrorKind.BadCredentials, null)]
    public async Task GetAsync_FaultTenant_GivesItsErrorKind(string tenant, ReportErrorKind kind, int? status)
    {
        using var harness = new SimulatorClientHarness(Now);

        var result = await harness.GetAsync(SimulatorClientHarness.Query(Today.AddDays(-6), Today, "TTY", tenant));

        Assert.False(result.IsSuccess);
        Assert.Equal(kind, result.Error.Kind);
        Assert.Equal(status, result.Error.HttpStatus);
    }

    [Fact]
    public async Task GetAsync_NoticeTenant_SucceedsDespiteThePreamble()
    {
        using var harness = new SimulatorClientHarness(Now);

        var result = await harness.GetAsync(SimulatorClientHarness.Query(Today.AddDays(-6), Today, FaultTenants.Notice));

        Assert.True(result.IsSuccess);
        Assert.NotEmpty(result.Data.Days);
    }

    [Fact]
    public async Task GetAsync_SlowTenant_AnswersOnlyAfterTwentySeconds()
    {
        using var harness = new SimulatorClientHarness(Now);
        var call = harness.Client.GetAsync(SimulatorClientHarness.Query(Today.AddDays(-2), Today, FaultTenants.Slow), TestContext.Current.CancellationToken);

        harness.Time.Advance(TimeSpan.FromSeconds(19));
        await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.False(call.IsCompleted);
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        var result = await call.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess);
        Assert.Equal(3, result.Data.Days.Count);
    }

    [Fact]
    public async Task GetAsync_SeveralTenantsOverMonths_CombinesSameDayRowsAcrossChunks()
    {
        using var harness = new SimulatorClientHarness(Now);
        var range = SimulatorClientHarness.Query(Today.AddDays(-99), Today, "TTY", "AAA");

        var both = await harness.GetAsync(range);
        var tty = await harness.GetAsync(range with { Tenants = ["TTY"] });
        var aaa = await harness.GetAsync(range with { Tenants = ["AAA"] });

        Assert.True(both.IsSuccess && tty.IsSuccess && aaa.IsSuccess);
        Assert.Equal(both.Data.Days.Select(d => d.Date).Distinct(), both.Data.Days.Select(d => d.Date));
        Assert.Equal(both.Data.Days.Select(d => d.Date).Order(), both.Data.Days.Select(d => d.Date));
        Assert.Equal(tty.Data.Days.Sum(d => d.TotalCalls) + aaa.Data.Days.Sum(d => d.TotalCalls), both.Data.Days.Sum(d => d.TotalCalls));
        Assert.Equal(Today, both.Data.Days[^1].Date);
        Assert.DoesNotContain(both.Data.Days, d => d.Date == new DateOnly(2025, 5, 1));
    }

    [Fact]
    public async Task GetAsync_AllTenants_CoversEveryDayButHolidays()
    {
        using var harness = new SimulatorClientHarness(Now);

        var result = await harness.GetAsync(SimulatorClientHarness.Query(new DateOnly(2025, 4, 1), new DateOnly(2025, 5, 31)));

        Assert.True(result.IsSuccess);
        Assert.Equal(61 - 1, result.Data.Days.Count);
    }

    [Fact]
    public async Task SendAsync_OtherPath_Is404()
    {
        using var handler = new SimulatorHandler(
            new ReportApiSimulator(TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new Core.CrocodialOptions()), Microsoft.Extensions.Options.Options.Create(new SimulatorOptions())),
            TimeProvider.System);
        using var http = new HttpClient(handler);

        using var response = await http.GetAsync(new Uri("http://simulator.invalid/other"), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
