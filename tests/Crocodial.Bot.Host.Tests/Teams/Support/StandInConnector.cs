using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Host.Tests.Teams.Support;

/// <summary>Plays the Bot Connector on 127.0.0.1: records every POST and PUT under <c>/v3/conversations</c> and answers with an id.</summary>
public sealed class StandInConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<ConnectorCall> _calls = [];
    private int _ids;

    private StandInConnector(WebApplication app) => _app = app;

    /// <summary>The origin, e.g. <c>http://127.0.0.1:50123</c> (for <c>Teams:AllowedServiceUrls</c>).</summary>
    public string Origin { get; private set; } = "";

    /// <summary>Where activities say to reply: the origin plus a path, as real service URLs have one.</summary>
    public string ServiceUrl => Origin + "/connector/";

    public IReadOnlyList<ConnectorCall> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public static async Task<StandInConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new StandInConnector(builder.Build());
        connector._app.MapMethods("/connector/v3/conversations/{**rest}", ["POST", "PUT"], async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            lock (connector._calls)
            {
                connector._calls.Add(new ConnectorCall(context.Request.Method, context.Request.Path.Value!,
                    context.Request.Headers.Authorization.ToString(), JsonNode.Parse(body)!.AsObject()));
            }

            return Results.Json(new { id = "reply-" + Interlocked.Increment(ref connector._ids) });
        });
        await connector._app.StartAsync();
        connector.Origin = connector._app.Urls.Single().TrimEnd('/');
        return connector;
    }

    /// <summary>Waits until a call matches, or fails the test after <paramref name="seconds"/>.</summary>
    public async Task<ConnectorCall> WaitForAsync(Func<ConnectorCall, bool> match, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (Calls.FirstOrDefault(match) is { } call)
            {
                return call;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The stand-in connector received no matching call. Calls: " +
            string.Join("; ", Calls.Select(c => $"{c.Method} {c.Path} {c.Body.ToJsonString()[..Math.Min(200, c.Body.ToJsonString().Length)]}")));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ConnectorCall(string Method, string Path, string Authorization, JsonObject Body)
{
    public bool IsCard => Body["attachments"] is JsonArray { Count: > 0 };

    public JsonObject? Card => Body["attachments"]?[0]?["content"]?.AsObject();

    public string? Text => (string?)Body["text"];

    public string? Type => (string?)Body["type"];
}
