using System.Net;

namespace Crocodial.Bot.Teams.Connector;

/// <summary>
/// When a Connector call is tried again (DECISIONS §8): 429 after <c>Retry-After</c>, 412, and a
/// connection that failed before the request went out. A 5xx on a POST is not retried, because the
/// message may already exist and a second send would duplicate it; an update (PUT) replaces the whole
/// message, so repeating it is harmless and 502/503/504 are retried there (§3.5).
/// </summary>
internal static class ConnectorRetry
{
    public const int MaxRetries = 3;

    /// <summary>A longer wait than this is not slept through: the caller's caller can retry later.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan MinBackoff = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(20);

    public static TimeSpan? DelayFor(HttpResponseMessage response, int attempt, bool idempotent, DateTimeOffset now)
    {
        switch (response.StatusCode)
        {
            case HttpStatusCode.TooManyRequests:
                var retryAfter = RetryAfter(response, now);
                return retryAfter > MaxRetryAfter ? null : retryAfter ?? Backoff(attempt);
            case HttpStatusCode.PreconditionFailed:
                return Backoff(attempt);
            case HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout when idempotent:
                return Backoff(attempt);
            default:
                return null;
        }
    }

    /// <summary>Errors raised before any byte of the request reached the server.</summary>
    public static bool FailedBeforeSending(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.ConnectionError
            or HttpRequestError.NameResolutionError
            or HttpRequestError.SecureConnectionError;

    /// <summary>Exponential from 2 s to 20 s with ±20 % jitter, as in the Teams rate-limit guidance.</summary>
    public static TimeSpan Backoff(int attempt)
    {
        var delay = Math.Min(MinBackoff.TotalMilliseconds * Math.Pow(2, attempt), MaxBackoff.TotalMilliseconds);
#pragma warning disable CA5394 // jitter only spreads retries; it guards nothing
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(delay * jitter);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        return header?.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : null;
    }
}
