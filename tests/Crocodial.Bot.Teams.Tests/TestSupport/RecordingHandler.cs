using System.Collections.Concurrent;
using System.Net;

namespace Crocodial.Bot.Teams.Tests.TestSupport;

/// <summary>Plays a remote server: answers from a script, in order, and records what it received and when.</summary>
public sealed class RecordingHandler(TimeProvider time) : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>Answers once scripted replies run out.</summary>
    public Func<HttpRequestMessage, HttpResponseMessage> Fallback { get; set; } =
        _ => Json(HttpStatusCode.OK, """{"id":"1"}""");

    public RecordingHandler Then(Func<HttpRequestMessage, HttpResponseMessage> reply)
    {
        _script.Enqueue(reply);
        return this;
    }

    public RecordingHandler Then(HttpStatusCode status, string body = "") => Then(_ => Json(status, body));

    public static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(),
                request.Content?.Headers.ContentType?.ToString(), body, time.GetUtcNow()));
        }

        return _script.TryDequeue(out var reply) ? reply(request) : Fallback(request);
    }
}

public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? ContentType, string Body, DateTimeOffset At);
