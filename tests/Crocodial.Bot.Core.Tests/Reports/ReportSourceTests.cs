using Crocodial.Bot.Core.Access;
using Crocodial.Bot.Core.Reports;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Core.Tests.Reports;

public sealed class ReportSourceTests : IDisposable
{
    private const string OneDay = """{"result":"success","data":{"rows":[{"calldate":"2025-06-09","total_calls":"655","queued_calls":"402","abandon1":"35","abandon2":"57","handled_calls":"349","avg_hold_time":"64.08","avg_handle_time":"472.51"}]}}""";
    private static readonly DateRange PastDay = DateRange.Day(new DateOnly(2025, 6, 9));
    private static readonly DateRange Today = DateRange.Day(new DateOnly(2025, 6, 10));

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero));
    private ServiceProvider? _services;

    [Fact]
    public async Task RefusedTenant_NeverReachesTheApi()
    {
        var api = FakeReportApi.Always(OneDay);
        var source = Source(api, new AccessRule { Channel = "slack:T1/*", Tenants = ["TTY"] });

        var result = await source.GetAsync(new ReportRequest("slack:T1/C1", ["AAA"], false, PastDay), TestContext.Current.CancellationToken);

        Assert.False(result.IsSuccess);
        Assert.Equal(ReportErrorKind.AccessDenied, result.Error.Kind);
        Assert.Equal("This channel can't see AAA — ask an admin.", result.Error.UserMessage);
        Assert.Empty(api.Requests);
    }

    [Fact]
    public async Task DefaultTenants_AreSentToTheApi()
    {
        var api = FakeReportApi.Always(OneDay);
        var source = Source(api, new AccessRule { Channel = "*", Tenants = ["TTY", "AAA"], Default = ["AAA"] });

        var result = await source.GetAsync(new ReportRequest("cli", [], false, PastDay), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess);
        Assert.Equal(["AAA"], result.Data.Query.Tenants);
        Assert.EndsWith("tenant%5B%5D=AAA", Assert.Single(api.Requests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameQueryTwice_PastDays_IsAnsweredFromMemory()
    {
        var api = FakeReportApi.Always(OneDay);
        var source = Source(api);

        await source.GetAsync(new ReportRequest("cli", ["TTY"], false, PastDay), TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromHours(5));
        var second = await source.GetAsync(new ReportRequest("cli", ["tty"], false, PastDay), TestContext.Current.CancellationToken);

        Assert.True(second.IsSuccess);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task RangeWithToday_IsFetchedAgainAfterAboutAMinute()
    {
        var api = FakeReportApi.Always(OneDay);
        var source = Source(api);

        await source.GetAsync(new ReportRequest("cli", ["TTY"], false, Today), TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromSeconds(30));
        await source.GetAsync(new ReportRequest("cli", ["TTY"], false, Today), TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromSeconds(31));
        await source.GetAsync(new ReportRequest("cli", ["TTY"], false, Today), TestContext.Current.CancellationToken);

        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task Failures_AreNotCached()
    {
        var api = FakeReportApi.Sequence(
            () => FakeReportApi.Response("""{"result":"error","message":"Command Not Found"}"""),
            () => FakeReportApi.Response(OneDay));
        var source = Source(api);

        var first = await source.GetAsync(new ReportRequest("cli", ["TTY"], false, PastDay), TestContext.Current.CancellationToken);
        var second = await source.GetAsync(new ReportRequest("cli", ["TTY"], false, PastDay), TestContext.Current.CancellationToken);

        Assert.False(first.IsSuccess);
        Assert.True(second.IsSuccess);
    }

    [Fact]
    public async Task IdenticalConcurrentRequests_ShareOneApiCall()
    {
        var release = new TaskCompletionSource();
        var api = new FakeReportApi(async (_, _, _) =>
        {
            await release.Task;
            return FakeReportApi.Response(OneDay);
        });
        var source = Source(api);

        var calls = Enumerable.Range(0, 5)
            .Select(_ => source.GetAsync(new ReportRequest("cli", ["TTY"], false, PastDay), TestContext.Current.CancellationToken))
            .ToList();
        release.SetResult();
        var results = await Task.WhenAll(calls);

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task OneWaiterCancelling_DoesNotCancelTheSharedCall()
    {
        var release = new TaskCompletionSource();
        var api = new FakeReportApi(async (_, _, _) =>
        {
            await release.Task;
            return FakeReportApi.Response(OneDay);
        });
        var source = Source(api);
        using var impatient = new CancellationTokenSource();

        var first = source.GetAsync(new ReportRequest("cli", ["TTY"], false, PastDay), impatient.Token);
        var second = source.GetAsync(new ReportRequest("cli", ["TTY"], false, PastDay), TestContext.Current.CancellationToken);
        await impatient.CancelAsync();
        release.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.True((await second).IsSuccess);
    }

    public void Dispose() => _services?.Dispose();

    private ReportSource Source(FakeReportApi api, params AccessRule[] rules)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddLogging();
        services.Configure<CrocodialOptions>(o =>
        {
            o.BaseUrl = "https://acme.croco-dial.net";
            o.User = "apiuser";
            o.Password = "secret";
        });
        services.Configure<AccessOptions>(o => o.Rules = [.. rules]);
        services.AddReportSource();
        services.AddReportClient().ConfigurePrimaryHttpMessageHandler(() => api);
        _services = services.BuildServiceProvider();
        return _services.GetRequiredService<ReportSource>();
    }
}
