using System.Net;
using System.Text;
using Crocodial.Bot.Core;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Host.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Crocodial.Bot.Host.Tests.Simulator;

/// <summary>The standalone verb's app on a real Kestrel port, hit by the real client.</summary>
public sealed class SimulatorEndpointTests : IAsyncLifetime
{
    private WebApplication? _app;

    private Uri BaseUrl { get; set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _app = SimulatorVerb.Build(["--urls", "http://127.0.0.1:0", "--Simulator:User", "bot", "--Simulator:Password", "p@ss word"]);
        await _app.StartAsync(TestContext.Current.CancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task<ReportResult> GetWithClientAsync(string user, string password, params string[] tenants)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<CrocodialOptions>(o =>
        {
            o.BaseUrl = BaseUrl.ToString();
            o.User = user;
            o.Password = password;
        });
        services.AddReportClient();
        await using var provider = services.BuildServiceProvider();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        return await provider.GetRequiredService<ReportClient>().GetAsync(new ReportQuery(tenants, new DateRange(today.AddDays(-40), today.AddDays(-1))), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Endpoint_RealClientWithRightCredentials_GetsData()
    {
        var result = await GetWithClientAsync("bot", "p@ss word", "TTY", "AAA");

        Assert.True(result.IsSuccess, result.Error?.OperatorDetail);
        Assert.InRange(result.Data.Days.Count, 30, 40);
    }

    [Fact]
    public async Task Endpoint_WrongPassword_IsBadCredentials()
    {
        var result = await GetWithClientAsync("bot", "demo", "TTY");

        Assert.Equal(ReportErrorKind.BadCredentials, result.Error!.Kind);
    }

    [Fact]
    public async Task Endpoint_Answer_HasPhpHeaders()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl };
        using var form = new FormUrlEncodedContent([new("goAction", "inbound_summary_stats"), new("goUser", "bot"), new("goPass", "x"), new("responsetype", "json")]);

        using var response = await http.PostAsync(new Uri("/goAPIv2/goReports/goAPI.php", UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=UTF-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal("""{"result":"error","message":"Invalid Username\/Password"}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Endpoint_Get_IsServedToo()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl };

        var body = await http.GetStringAsync(new Uri("/goAPIv2/goReports/goAPI.php?goAction=nope&goUser=bot&goPass=p%40ss%20word&responsetype=json", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("""{"result":"error","message":"Command Not Found"}""", body);
    }

    [Fact]
    public async Task Endpoint_BodyOverOneMegabyte_IsRefused()
    {
        using var http = new HttpClient { BaseAddress = BaseUrl };
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes(new string('a', (1024 * 1024) + 10)));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");

        using var response = await http.PostAsync(new Uri("/goAPIv2/goReports/goAPI.php", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData(new string[0], true)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:9" }, true)]
    [InlineData(new[] { "--urls=http://127.0.0.1:9" }, true)]
    [InlineData(new[] { "--urls" }, false)]
    [InlineData(new[] { "extra" }, false)]
    [InlineData(new[] { "--" }, false)]
    public void UsageProblem_Arguments_AreChecked(string[] args, bool valid) =>
        Assert.Equal(valid, SimulatorVerb.UsageProblem(args) is null);
}
