using System.Collections.Concurrent;
using Crocodial.Bot.Core;
using Crocodial.Bot.Host.Simulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Host.Tests.Delivery.Support;

/// <summary>
/// The report API on loopback: counts every call, answers scripted failures first, then like the simulator
/// (TTY and the other demo tenants have calls; an unknown code has none).
/// </summary>
internal sealed class CountingReportApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _failures = new();
    private int _calls;

    private CountingReportApi(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>When set, every call answers this status (a report service that is down).</summary>
    public int? AlwaysFailWith { get; set; }

    public static async Task<CountingReportApi> StartAsync(TimeProvider time)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var api = new CountingReportApi(builder.Build());
        var simulator = new ReportApiSimulator(time, Options.Create(new CrocodialOptions()), Options.Create(new SimulatorOptions()));
        api._app.Map("/{**path}", async (HttpContext context) =>
        {
            Interlocked.Increment(ref api._calls);
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            if (api.AlwaysFailWith is { } always || api._failures.TryDequeue(out always))
            {
                context.Response.StatusCode = always;
                await context.Response.WriteAsync("<html><body>Internal Server Error</body></html>", context.RequestAborted);
                return;
            }

            var answer = simulator.Answer(
                SimulatorRequest.Parse(context.Request.QueryString.Value, buffer.ToArray(), context.Request.ContentType), checkCredentials: false);
            await answer.WriteAsync(context.Response, context.RequestAborted);
        });
        await api._app.StartAsync();
        api.BaseUrl = api._app.Urls.Single().TrimEnd('/');
        return api;
    }

    /// <summary>The next <paramref name="count"/> calls answer <paramref name="status"/>.</summary>
    public CountingReportApi FailNext(int count, int status = 500)
    {
        for (var i = 0; i < count; i++)
        {
            _failures.Enqueue(status);
        }

        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
