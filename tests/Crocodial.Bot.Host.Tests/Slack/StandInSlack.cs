using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Host.Tests.Slack;

/// <summary>One request Slack's stand-in received: a Web API method (<c>chat.postMessage</c>) or <c>response_url</c>.</summary>
public sealed record SlackCall(string Method, string? Authorization, string Body)
{
    public JsonObject Json => JsonNode.Parse(Body) as JsonObject ?? [];
}

/// <summary>
/// A stand-in Slack on loopback: the Web API under <c>/api/</c> (answers <c>auth.test</c>, <c>users.info</c>,
/// <c>conversations.info</c>, <c>chat.*</c>), <c>response_url</c>s under <c>/hooks/</c>; records every call and plays scripted answers
/// (429s, error codes) per method.
/// </summary>
public sealed class StandInSlack : IAsyncDisposable
{
    public const string BotUserId = "UBOT";
    public const string BotId = "BBOT";
    public const string AskerZone = "America/New_York";
    public const string BotName = "crocodial-test";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SlackCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, string Body, int? RetryAfter)>> _script = new();

    private StandInSlack(WebApplication app) => _app = app;

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    public string ApiBaseUrl => BaseUrl + "/api/";

    public IReadOnlyList<SlackCall> Calls => [.. _calls];

    public string ResponseUrl(string id) => $"{BaseUrl}/hooks/{id}";

    /// <summary>What <c>conversations.info</c> says about the bot's membership of any channel (default: a member).</summary>
    public bool IsMember { get; set; } = true;

    /// <summary>The <c>tz</c> <c>users.info</c> gives every user; null leaves it out.</summary>
    public string? UserZone { get; set; } = AskerZone;

    public static async Task<StandInSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new StandInSlack(app);
        app.MapPost("/api/{method}", (string method, HttpContext context) => standIn.ServeAsync(method, context));
        app.MapPost("/hooks/{id}", (string id, HttpContext context) => standIn.ServeAsync("response_url:" + id, context));
        await app.StartAsync();
        return standIn;
    }

    /// <summary>The next call to <paramref name="method"/> gets this answer instead of the default.</summary>
    public StandInSlack Then(string method, int status, string body, int? retryAfter = null)
    {
        _script.GetOrAdd(method, _ => new()).Enqueue((status, body, retryAfter));
        return this;
    }

    public IReadOnlyList<SlackCall> CallsTo(string method) =>
        [.. _calls.Where(c => c.Method == method || c.Method.StartsWith(method + ":", StringComparison.Ordinal))];

    /// <summary>Waits until <paramref name="count"/> calls to <paramref name="method"/> have arrived.</summary>
    public async Task<IReadOnlyList<SlackCall>> WaitForAsync(string method, int count = 1, double seconds = 15)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            var calls = CallsTo(method);
            if (calls.Count >= count)
            {
                return calls;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{method}: {CallsTo(method).Count} of {count} calls after {seconds} s; all calls: {string.Join(", ", _calls.Select(c => c.Method))}");
    }

    private async Task ServeAsync(string method, HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        _calls.Enqueue(new SlackCall(method, context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null, body));
        var key = method.StartsWith("response_url:", StringComparison.Ordinal) ? "response_url" : method;
        if (_script.TryGetValue(key, out var queue) && queue.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = scripted.Status;
            if (scripted.RetryAfter is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await context.Response.WriteAsync(scripted.Body);
            return;
        }

        if (key == "response_url")
        {
            await context.Response.WriteAsync("ok");
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(method switch
        {
            "auth.test" => $$"""{"ok":true,"user_id":"{{BotUserId}}","user":"{{BotName}}","bot_id":"{{BotId}}","team_id":"T1","team":"Test"}""",
            "users.info" => UserZone is null ? """{"ok":true,"user":{"id":"U1"}}""" : $$$"""{"ok":true,"user":{"id":"U1","tz":"{{{UserZone}}}"}}""",
            "conversations.info" => $$$"""{"ok":true,"channel":{"id":"C1","name":"general","is_channel":true,"is_member":{{{(IsMember ? "true" : "false")}}}}}""",
            "chat.postMessage" => """{"ok":true,"channel":"C1","ts":"1700000000.000200"}""",
            "chat.postEphemeral" => """{"ok":true,"message_ts":"1700000000.000300"}""",
            _ => """{"ok":true}""",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
