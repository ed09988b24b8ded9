using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Crocodial.Bot.Core.Reports;

/// <summary>
/// Registers <see cref="ReportClient"/> with its budgets (DECISIONS §5): 30 s per attempt, up to 2 retries
/// for transient failures, a circuit breaker, 90 s per 31-day chunk. Binding <see cref="CrocodialOptions"/>
/// and checking it at start-up (see <see cref="BaseUrlProblem"/>) are the host's job.
/// </summary>
public static class ReportClientRegistration
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan ChunkTimeout = TimeSpan.FromSeconds(90);

    public const int MaxRetries = 2;

    /// <summary>The longest <c>Retry-After</c> worth waiting for inside the chunk budget.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Adds the typed client and its resilience pipeline. The returned builder lets the host swap the
    /// primary handler, e.g. for the built-in simulator when <c>Crocodial:BaseUrl</c> is empty. The default
    /// primary handler does not follow redirects: a redirected POST arrives as a GET without credentials,
    /// so the client reports the redirect instead.
    /// </summary>
    public static IHttpClientBuilder AddReportClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // The pipeline's timeouts and back-off run on the registered clock (tests register a fake one).
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<CrocodialOptions>();

        // The pipeline owns every timeout; HttpClient's own 100 s default would only blur which one fired.
        var builder = services.AddHttpClient<ReportClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler);
        builder.AddResilienceHandler("report-api", ConfigurePipeline);

        // Added after the resilience handler, so it runs inside each attempt (see ReportBodyBuffering).
        builder.AddHttpMessageHandler(() => new ReportBodyBuffering());
        return builder;
    }

    /// <summary>The handler that talks to the real API: redirects are reported, never followed (a followed POST loses its form).</summary>
    public static HttpMessageHandler CreatePrimaryHandler() => new SocketsHttpHandler { AllowAutoRedirect = false };

    /// <summary>Why a <c>Crocodial:BaseUrl</c> can't be used, or null; the host's start-up check names it.</summary>
    public static string? BaseUrlProblem(string baseUrl) =>
        string.IsNullOrWhiteSpace(baseUrl) ? null
        : !Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) ? "not an absolute http(s) URL"
        : uri.AbsolutePath.Contains("goAPI", StringComparison.OrdinalIgnoreCase) ? "the site root only; the client appends /goAPIv2/goReports/goAPI.php"
        : !string.IsNullOrEmpty(uri.Query) ? "no query string"
        : null;

    private static void ConfigurePipeline(ResiliencePipelineBuilder<HttpResponseMessage> pipeline)
    {
        // Outermost first: the chunk budget bounds retries and their back-off together.
        pipeline.AddTimeout(ChunkTimeout);
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            // The action only reads, so resending the POST is safe.
            MaxRetryAttempts = MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(2),
            MaxDelay = TimeSpan.FromSeconds(30),
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
        });
        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            // Sized for a chat bot's trickle of calls, not a web shop's: six calls in a minute, half failing.
            FailureRatio = 0.5,
            MinimumThroughput = 6,
            SamplingDuration = TimeSpan.FromSeconds(60),
            BreakDuration = TimeSpan.FromSeconds(30),
            ShouldHandle = args => ValueTask.FromResult(IsFailure(args.Outcome)),
        });
        pipeline.AddTimeout(AttemptTimeout);
    }

    /// <summary>
    /// Worth another attempt: the network, a slow attempt, and the statuses proxies use for "later".
    /// Not 500 (a PHP fatal error repeats) and not application errors, which arrive as HTTP 200.
    /// </summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        // HttpIOException (a body cut short) is an IOException, not an HttpRequestException.
        { Exception: HttpRequestException or IOException or TimeoutRejectedException } => true,

        // Asked to come back later than the budget allows: fail now with the status rather than time out.
        { Result.Headers.RetryAfter.Delta: { } wait } when wait > MaxRetryAfter => false,
        { Result.StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout } => true,
        _ => false,
    };

    /// <summary>What counts against the circuit: transient failures and any server error.</summary>
    internal static bool IsFailure(Outcome<HttpResponseMessage> outcome) =>
        IsTransient(outcome) || outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError };
}
