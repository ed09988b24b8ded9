using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Host.Tests.Delivery.Support;

/// <summary>
/// The Bot Connector on loopback for scheduled posts: records every POST under <c>/connector/v3/conversations</c>
/// and answers scripted statuses (429, 5xx, 403) before its normal <c>{"id": …}</c>.
/// </summary>
internal sealed class ScriptedConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string Body)> _script = new();
    private readonly ConcurrentQueue<ConnectorPost> _posts = new();
    private int _ids;

    private ScriptedConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>Every request, answered or not.</summary>
    public IReadOnlyList<ConnectorPost> Requests => [.. _posts];

    /// <summary>The requests answered 2xx: what Teams shows.</summary>
    public IReadOnlyList<ConnectorPost> Delivered => [.. _posts.Where(p => p.Status < 300)];

    /// <summary>When set, every card (a summary, not a plain notice) is answered with this status.</summary>
    public int? FailCardsWith { get; set; }

    public static async Task<ScriptedConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new ScriptedConnector(builder.Build());
        connector._app.MapPost("/connector/v3/conversations/{**rest}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = JsonNode.Parse(await reader.ReadToEndAsync(context.RequestAborted))!.AsObject();
            var isCard = body["attachments"] is JsonArray { Count: > 0 } || body["activity"]?["attachments"] is JsonArray { Count: > 0 };
            var (status, answer) = isCard && connector.FailCardsWith is { } failure ? (failure, "{}")
                : connector._script.TryDequeue(out var scripted) ? scripted
                : (201, $$"""{"id":"activity-{{Interlocked.Increment(ref connector._ids)}}","activityId":"activity-{{connector._ids}}"}""");
            connector._posts.Enqueue(new ConnectorPost(context.Request.Path.Value!, body, status));
            context.Response.StatusCode = status;
            if (status == 429)
            {
                context.Response.Headers.RetryAfter = "1";
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer, context.RequestAborted);
        });
        await connector._app.StartAsync();
        connector.ServiceUrl = connector._app.Urls.Single().TrimEnd('/') + "/connector/";
        return connector;
    }

    public ScriptedConnector Then(int status, string body = "{}")
    {
        _script.Enqueue((status, body));
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record ConnectorPost(string Path, JsonObject Body, int Status)
{
    public bool IsNewThread => Path.EndsWith("/v3/conversations", StringComparison.Ordinal);

    public JsonObject? Card => Body["attachments"]?[0]?["content"]?.AsObject()
        ?? Body["activity"]?["attachments"]?[0]?["content"]?.AsObject();

    public string? Text => (string?)Body["text"] ?? (string?)Body["activity"]?["text"];
}
