using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Host.Tests.MultiProcess;

/// <summary>How the stand-in answers <c>chat.postMessage</c>.</summary>
public enum PostMode
{
    /// <summary>Stores the message and answers <c>ok</c> with its <c>ts</c>.</summary>
    Answer,

    /// <summary>Never answers and stores nothing: the poster died before Slack had the message.</summary>
    HangUnstored,

    /// <summary>Stores the message, then never answers: Slack posted it, the answer was lost with the poster.</summary>
    HangStored,
}

/// <summary>A message the stand-in holds, as <c>conversations.history</c> returns it.</summary>
public sealed record StoredSlackPost(string Channel, string Ts, string? Text, JsonObject? Metadata, bool Answered);

/// <summary>
/// A stand-in Slack Web API on a real loopback port for host processes (<c>Slack:ApiBaseUrl</c> = <see cref="ApiBaseUrl"/>).
/// Answers as the in-process <c>StandInSlack</c> does (<c>auth.test</c>, <c>users.info</c>, <c>conversations.info</c>,
/// <c>chat.postMessage</c>), and keeps every stored post with its metadata so <c>conversations.history</c> can find it
/// again (metadata only with <c>include_all_metadata</c>, as Slack does).
/// </summary>
public sealed class SlackWebApiStandIn : IAsyncDisposable
{
    public const string BotUserId = "UBOT";
    public const string BotId = "BBOT";
    public const string TeamId = "T1";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<StoredSlackPost> _posts = [];
    private readonly List<string> _calls = [];
    private readonly List<string> _hungChannels = [];
    private readonly CancellationTokenSource _stopping = new();
    private int _sequence;
    private int _hungPosts;

    private SlackWebApiStandIn(WebApplication app) => _app = app;

    public string ApiBaseUrl { get; private set; } = "";

    /// <summary>Switchable while host processes run; applies to the next <c>chat.postMessage</c>.</summary>
    public PostMode PostMode { get; set; } = PostMode.Answer;

    /// <summary><c>chat.postMessage</c> requests that were left hanging.</summary>
    public int HungPosts => Volatile.Read(ref _hungPosts);

    /// <summary>Channels whose <c>chat.postMessage</c> was left hanging, in arrival order.</summary>
    public IReadOnlyList<string> HungChannels
    {
        get
        {
            lock (_gate)
            {
                return [.. _hungChannels];
            }
        }
    }

    /// <summary>Every message Slack would show now, answered or not.</summary>
    public IReadOnlyList<StoredSlackPost> Posts
    {
        get
        {
            lock (_gate)
            {
                return [.. _posts];
            }
        }
    }

    public string CallLog
    {
        get
        {
            lock (_gate)
            {
                return string.Join(Environment.NewLine, _calls);
            }
        }
    }

    public static async Task<SlackWebApiStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var standIn = new SlackWebApiStandIn(builder.Build());
        standIn._app.MapPost("/api/{method}", (string method, HttpContext context) => standIn.ServeAsync(method, context));
        await standIn._app.StartAsync();
        standIn.ApiBaseUrl = standIn._app.Urls.Single().TrimEnd('/') + "/api/";
        return standIn;
    }

    private async Task ServeAsync(string method, HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        lock (_gate)
        {
            _calls.Add($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {method} {Shorten(body)}");
        }

        context.Response.ContentType = "application/json";
        var answer = method switch
        {
            "auth.test" => $$"""{"ok":true,"user_id":"{{BotUserId}}","bot_id":"{{BotId}}","team_id":"{{TeamId}}","team":"Test"}""",
            "users.info" => """{"ok":true,"user":{"id":"U1","tz":"UTC"}}""",
            "conversations.info" => ConversationInfo(QueryHelpers.ParseQuery(body)),
            "conversations.history" => History(QueryHelpers.ParseQuery(body)),
            "chat.postMessage" => await PostMessageAsync(body, context.RequestAborted),
            _ => """{"ok":true}""",
        };
        if (answer is not null)
        {
            await context.Response.WriteAsync(answer, context.RequestAborted);
        }
    }

    /// <summary>Null when the request was left hanging until the caller went away.</summary>
    private async Task<string?> PostMessageAsync(string body, CancellationToken aborted)
    {
        var json = JsonNode.Parse(body) as JsonObject ?? [];
        var channel = json["channel"]?.GetValue<string>() ?? "";
        var mode = PostMode;
        var ts = NextTs();
        if (mode != PostMode.HangUnstored)
        {
            lock (_gate)
            {
                _posts.Add(new StoredSlackPost(channel, ts, json["text"]?.GetValue<string>(),
                    json["metadata"]?.DeepClone() as JsonObject, Answered: mode == PostMode.Answer));
            }
        }

        if (mode == PostMode.Answer)
        {
            return new JsonObject
            {
                ["ok"] = true,
                ["channel"] = channel,
                ["ts"] = ts,
                ["message"] = new JsonObject { ["type"] = "message", ["ts"] = ts, ["bot_id"] = BotId },
            }.ToJsonString();
        }

        lock (_gate)
        {
            _hungChannels.Add(channel);
        }

        Interlocked.Increment(ref _hungPosts);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(aborted, _stopping.Token);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
            // The poster was killed (connection reset) or the stand-in stops.
        }

        return null;
    }

    private static string ConversationInfo(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form)
    {
        var channel = form.TryGetValue("channel", out var value) ? value.ToString() : "";
        return new JsonObject
        {
            ["ok"] = true,
            ["channel"] = new JsonObject
            {
                ["id"] = channel,
                ["name"] = "stand-in-" + channel.ToLowerInvariant(),
                ["is_channel"] = true,
                ["is_member"] = true,
                ["is_archived"] = false,
                ["is_private"] = false,
            },
        }.ToJsonString();
    }

    /// <summary>Newest first, after <c>oldest</c>, one page; metadata only when asked for, as Slack does.</summary>
    private string History(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form)
    {
        var channel = form.TryGetValue("channel", out var c) ? c.ToString() : "";
        var oldest = form.TryGetValue("oldest", out var o) && decimal.TryParse(o.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : 0m;
        var withMetadata = form.TryGetValue("include_all_metadata", out var m) && m.ToString() is "true" or "1";
        var messages = new JsonArray();
        foreach (var post in Posts.Where(p => p.Channel == channel && decimal.Parse(p.Ts, CultureInfo.InvariantCulture) > oldest).Reverse())
        {
            var message = new JsonObject
            {
                ["type"] = "message",
                ["subtype"] = "bot_message",
                ["ts"] = post.Ts,
                ["bot_id"] = BotId,
                ["user"] = BotUserId,
                ["text"] = post.Text,
            };
            if (withMetadata && post.Metadata is not null)
            {
                message["metadata"] = post.Metadata.DeepClone();
            }

            messages.Add(message);
        }

        return new JsonObject
        {
            ["ok"] = true,
            ["messages"] = messages,
            ["has_more"] = false,
            ["response_metadata"] = new JsonObject { ["next_cursor"] = "" },
        }.ToJsonString();
    }

    private string NextTs()
    {
        var sequence = Interlocked.Increment(ref _sequence);
        return string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{sequence:D6}");
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
