using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Crocodial.Bot.Host.Tests.Support;

/// <summary>A real HTTP server on loopback that answers every report call with one scripted reply and records the bodies.</summary>
public sealed class StandInReportApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StandInReportApi(WebApplication app) => _app = app;

    public ConcurrentQueue<string> Bodies { get; } = new();

    public ConcurrentQueue<string> Urls { get; } = new();

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<StandInReportApi> StartAsync(int status, string body, string contentType = "text/html; charset=UTF-8")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var standIn = new StandInReportApi(app);
        app.Map("/{**path}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            standIn.Bodies.Enqueue(await reader.ReadToEndAsync());
            standIn.Urls.Enqueue(context.Request.Path + context.Request.QueryString);
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        });
        await app.StartAsync();
        return standIn;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
