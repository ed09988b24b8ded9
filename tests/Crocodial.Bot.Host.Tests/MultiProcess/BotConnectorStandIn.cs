using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Host.Tests.MultiProcess;

/// <summary>A post the stand-in connector received: the Teams channel (or conversation) it is for, and whether it was answered.</summary>
public sealed record ConnectorPost(string Conversation, string Path, bool Answered);

/// <summary>
/// A stand-in Bot Connector on a real loopback port for host processes (<c>Teams:AllowUnauthenticated</c> lets the
/// host send there without a token). New channel threads (<c>POST v3/conversations</c>) and messages
/// (<c>POST v3/conversations/{id}/activities</c>) are recorded and answered with ids, or — in
/// <see cref="HangAfterReceiving"/> mode — recorded and never answered: Teams has the post, the poster never learns it.
/// </summary>
public sealed class BotConnectorStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<ConnectorPost> _posts = [];
    private readonly CancellationTokenSource _stopping = new();
    private int _ids;
    private int _hung;

    private BotConnectorStandIn(WebApplication app) => _app = app;

    /// <summary>What conversation references carry as their service URL.</summary>
    public string ServiceUrl { get; private set; } = "";

    public bool HangAfterReceiving { get; set; }

    public int HungPosts => Volatile.Read(ref _hung);

    public IReadOnlyList<ConnectorPost> Posts
    {
        get
        {
            lock (_gate)
            {
                return [.. _posts];
            }
        }
    }

    public static async Task<BotConnectorStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var standIn = new BotConnectorStandIn(builder.Build());
        standIn._app.MapPost("/connector/v3/conversations", (HttpContext context) => standIn.ServeAsync(null, context));
        standIn._app.MapPost("/connector/v3/conversations/{id}/activities", (string id, HttpContext context) => standIn.ServeAsync(id, context));
        await standIn._app.StartAsync();
        standIn.ServiceUrl = standIn._app.Urls.Single().TrimEnd('/') + "/connector/";
        return standIn;
    }

    private async Task ServeAsync(string? conversationId, HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = JsonNode.Parse(await reader.ReadToEndAsync(context.RequestAborted)) as JsonObject ?? [];
        var typing = conversationId is not null && body["type"]?.GetValue<string>() == "typing";
        if (typing)
        {
            return;
        }

        var conversation = conversationId ?? body["channelData"]?["channel"]?["id"]?.GetValue<string>() ?? "";
        var hang = HangAfterReceiving;
        lock (_gate)
        {
            _posts.Add(new ConnectorPost(conversation, context.Request.Path.Value ?? "", Answered: !hang));
        }

        if (hang)
        {
            Interlocked.Increment(ref _hung);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try
            {
                await Task.Delay(Timeout.Infinite, either.Token);
            }
            catch (OperationCanceledException)
            {
                // The poster was killed or the stand-in stops.
            }

            return;
        }

        var id = Interlocked.Increment(ref _ids);
        context.Response.ContentType = "application/json";
        var answer = conversationId is null
            ? new JsonObject { ["id"] = $"{conversation};messageid={id}", ["activityId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            : new JsonObject { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        await context.Response.WriteAsync(answer.ToJsonString(), context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
