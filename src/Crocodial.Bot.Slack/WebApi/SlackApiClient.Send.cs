using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;
using Crocodial.Bot.Slack.Payloads;

namespace Crocodial.Bot.Slack.WebApi;

/// <summary>
/// The retry rules (DECISIONS §8): a 429 is retried after <c>Retry-After</c>, and a connection that failed
/// before anything was sent is retried — both mean nothing was posted. Any other failure of a write is final,
/// because the message may already exist and a retry would post it twice. Reads may retry any failure.
/// </summary>
public sealed partial class SlackApiClient
{
    internal const int MaxAttempts = 4;

    /// <summary>A longer <c>Retry-After</c> fails the call now rather than hold a worker that long.</summary>
    internal static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    private async Task<SlackApiResult<T>> CallAsync<T>(
        string method, Func<HttpContent> content, JsonTypeInfo<T> type, Call call, CancellationToken cancellationToken)
        where T : class
    {
        var uri = new Uri(http.BaseAddress ?? options.Value.ApiBaseUri ?? new Uri(SlackOptions.DefaultApiBaseUrl), method);
        var sent = await SendAsync(method, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.BotToken);
            return request;
        }, call, cancellationToken);
        if (sent.Error is not null)
        {
            return SlackApiResult.Failure<T>(sent.Error);
        }

        if (sent.Status != HttpStatusCode.OK)
        {
            LogHttpStatus(logger, method, (int)sent.Status);
            return SlackApiResult.Failure<T>(SlackErrors.FromCode($"http_{(int)sent.Status}"));
        }

        var envelope = SlackJson.TryDeserialize(sent.Body, SlackJsonContext.Default.SlackApiEnvelope);
        if (envelope is null)
        {
            LogUnreadable(logger, method);
            return SlackApiResult.Failure<T>(SlackErrors.FromCode("invalid_response"));
        }

        if (!envelope.Ok)
        {
            var code = string.IsNullOrEmpty(envelope.Error) ? "unknown_error" : envelope.Error;
            LogApiError(logger, method, code, string.Join("; ", envelope.ResponseMetadata?.Messages ?? []));
            return SlackApiResult.Failure<T>(SlackErrors.FromCode(code, envelope.Needed));
        }

        if (!string.IsNullOrEmpty(envelope.Warning))
        {
            LogApiWarning(logger, method, envelope.Warning);
        }

        var value = SlackJson.TryDeserialize(sent.Body, type);
        return value is null ? SlackApiResult.Failure<T>(SlackErrors.FromCode("invalid_response")) : SlackApiResult.Success(value);
    }

    private async Task<Sent> SendAsync(string method, Func<HttpRequestMessage> build, Call call, CancellationToken cancellationToken)
    {
        var pauseKey = "method:" + method;
        for (var attempt = 1; ; attempt++)
        {
            await pacer.WaitTurnAsync(pauseKey, TimeSpan.Zero, cancellationToken);
            if (call.PacingKey is { } pacingKey)
            {
                await pacer.WaitTurnAsync(pacingKey, SlackPacer.ChannelSpacing, cancellationToken);
            }

            using var request = build();
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException e) when (attempt < MaxAttempts && (call.Idempotent || NothingSent(e)))
            {
                LogConnectionRetry(logger, method, attempt, e.HttpRequestError);
                await Task.Delay(Backoff(attempt), time, cancellationToken);
                continue;
            }
            catch (HttpRequestException e)
            {
                LogTransportFailure(logger, method, e.HttpRequestError.ToString());
                return new(0, [], SlackErrors.FromCode("connection_failed"));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // HttpClient's own timeout: the request may have reached Slack, so a write is not repeated.
                if (call.Idempotent && attempt < MaxAttempts)
                {
                    continue;
                }

                LogTransportFailure(logger, method, "timeout");
                return new(0, [], SlackErrors.FromCode("timeout"));
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var wait = RetryAfter(response);
                    pacer.Pause(pauseKey, wait);
                    LogRateLimited(logger, method, attempt, wait.TotalSeconds);
                    if (attempt < MaxAttempts && wait <= MaxRetryAfter)
                    {
                        continue;
                    }

                    return new(response.StatusCode, [], SlackErrors.FromCode("ratelimited"));
                }

                if ((int)response.StatusCode >= 500 && call.Idempotent && attempt < MaxAttempts)
                {
                    await Task.Delay(Backoff(attempt), time, cancellationToken);
                    continue;
                }

                return new(response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken), null);
            }
        }
    }

    /// <summary>Failures before the request left this machine: nothing can have been posted.</summary>
    private static bool NothingSent(HttpRequestException e) => e.HttpRequestError is
        HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
        or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(1 << (attempt - 1));

    private TimeSpan RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > time.GetUtcNow() ? date - time.GetUtcNow() : TimeSpan.Zero,
        _ => TimeSpan.FromSeconds(1),
    };

    private readonly record struct Sent(HttpStatusCode Status, byte[] Body, SlackApiError? Error);

    private readonly record struct Call(bool Idempotent, string? PacingKey = null)
    {
        public static Call Post => new(false);

        public static Call Read => new(true);
    }
}
