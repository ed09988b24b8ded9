using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Slack.Tests.WebApi;

internal sealed record RecordedCall(Uri Uri, string? Authorization, string? ContentType, string Body, DateTimeOffset At);

/// <summary>A stand-in Slack at the HTTP edge: records every call (with the fake time it arrived) and plays a script.</summary>
internal sealed class FakeSlack(FakeTimeProvider time) : HttpMessageHandler
{
    private readonly Lock _lock = new();
    private readonly Queue<Func<HttpResponseMessage>> _script = new();
    private readonly List<RecordedCall> _calls = [];

    public IReadOnlyList<RecordedCall> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    public FakeSlack Then(HttpStatusCode status, string body, Action<HttpResponseMessage>? headers = null)
    {
        _script.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, body.StartsWith('{') ? "application/json" : "text/plain") };
            headers?.Invoke(response);
            return response;
        });
        return this;
    }

    public FakeSlack ThenJson(string json) => Then(HttpStatusCode.OK, json);

    public FakeSlack ThenRateLimited(int retryAfterSeconds) =>
        Then(HttpStatusCode.TooManyRequests, """{"ok":false,"error":"ratelimited"}""", r => r.Headers.Add("Retry-After", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public FakeSlack ThenThrow(HttpRequestError error)
    {
        _script.Enqueue(() => throw new HttpRequestException(error, "simulated"));
        return this;
    }

    /// <summary>What HttpClient's own timeout looks like to the caller: cancellation without the caller's token.</summary>
    public FakeSlack ThenTimeout()
    {
        _script.Enqueue(() => throw new TaskCanceledException("simulated timeout", new TimeoutException()));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Func<HttpResponseMessage>? step;
        lock (_lock)
        {
            _calls.Add(new(request.RequestUri!, request.Headers.Authorization?.ToString(), request.Content?.Headers.ContentType?.ToString(), body, time.GetUtcNow()));
            _script.TryDequeue(out step);
        }

        return step?.Invoke() ?? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"ok":true}""", Encoding.UTF8, "application/json") };
    }
}
