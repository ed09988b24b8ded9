using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Crocodial.Bot.Core.Reports;

/// <summary>
/// Typed <see cref="HttpClient"/> for the vendor's <c>inbound_summary_stats</c> action. Register it with
/// <see cref="ReportClientRegistration.AddReportClient"/>, which adds the retry, timeout and circuit-breaker
/// pipeline. Every API or network problem comes back as a <see cref="ReportError"/>; only the caller's own
/// cancellation throws.
/// </summary>
public sealed partial class ReportClient(HttpClient http, IOptions<CrocodialOptions> options, ILogger<ReportClient> logger)
{
    /// <summary>The longest range asked for in one call; longer ranges are fetched in sequential chunks.</summary>
    public const int MaxChunkDays = 31;

    /// <summary>The origin used when <c>Crocodial:BaseUrl</c> is empty; only the in-process simulator sees it.</summary>
    public static readonly Uri SimulatorOrigin = new("http://simulator.invalid");

    internal const string ApiPath = "/goAPIv2/goReports/goAPI.php";

    public async Task<ReportResult> GetAsync(ReportQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var days = new List<DailyStats>(query.Range.Days);
        foreach (var chunk in Chunks(query.Range))
        {
            var reading = await GetChunkAsync(query.Tenants, chunk, ct);
            if (reading.Error is { } error)
            {
                var redacted = Redact(error);
                LogFailed(logger, chunk, redacted.Kind, redacted.HttpStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none", redacted.OperatorDetail);
                return ReportResult.Failure(redacted);
            }

            if (reading.SkippedPreamble is { } preamble)
            {
                LogPreambleSkipped(logger, Redact(preamble));
            }

            if (reading.IgnoredRows > 0)
            {
                LogRowsOutsideRange(logger, reading.IgnoredRows, chunk);
            }

            // Chunks are disjoint and in order, and each reading is sorted: the concatenation is sorted.
            days.AddRange(reading.Days);
        }

        return ReportResult.Success(new ReportData(query, [.. days]));
    }

    /// <summary>Consecutive ranges of at most <see cref="MaxChunkDays"/> days covering <paramref name="range"/>.</summary>
    internal static IEnumerable<DateRange> Chunks(DateRange range)
    {
        for (var from = range.From; from <= range.To; from = from.AddDays(MaxChunkDays))
        {
            var to = from.DayNumber + MaxChunkDays - 1 >= range.To.DayNumber ? range.To : from.AddDays(MaxChunkDays - 1);
            yield return new DateRange(from, to);
        }
    }

    /// <summary>The action's URL: <c>{BaseUrl}/goAPIv2/goReports/goAPI.php</c>, credentials never in it.</summary>
    internal static Uri EndpointFor(string baseUrl) =>
        new(string.IsNullOrWhiteSpace(baseUrl) ? SimulatorOrigin.GetLeftPart(UriPartial.Authority) + ApiPath : baseUrl.Trim().TrimEnd('/') + ApiPath);

    internal static List<KeyValuePair<string, string>> FormFields(CrocodialOptions settings, IReadOnlyList<string> tenants, DateRange range)
    {
        var fields = new List<KeyValuePair<string, string>>(8 + tenants.Count)
        {
            new("goAction", "inbound_summary_stats"),
            new("goUser", settings.User),
            new("goPass", settings.Password),
            new("responsetype", "json"),
            new("session_user", settings.User),
            new("fromDate", range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("toDate", range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        };
        foreach (var tenant in tenants)
        {
            fields.Add(new("tenant[]", tenant));
        }

        return fields;
    }

    private async Task<ReportReading> GetChunkAsync(IReadOnlyList<string> tenants, DateRange range, CancellationToken ct)
    {
        var settings = options.Value;
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogRequesting(logger, range, tenants.Count == 0 ? "(all)" : string.Join(',', tenants));
        }

        // A form POST keeps the password out of URLs and proxy logs (report-api.md §2.2). The action only
        // reads, so the resilience pipeline may resend it.
        using var request = new HttpRequestMessage(HttpMethod.Post, EndpointFor(settings.BaseUrl))
        {
            Content = new FormUrlEncodedContent(FormFields(settings, tenants, range)),
        };
        try
        {
            using var response = await http.SendAsync(request, ct);
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                return ReportReading.Failed(ReportErrors.Redirect((int)response.StatusCode, response.Headers.Location));
            }

            var body = await response.Content.ReadAsByteArrayAsync(ct);
            var reading = ReportResponseReader.Read(body, (int)response.StatusCode, range, settings.User);
            return reading.Error is null && reading.SkippedPreamble is null
                ? reading
                : WithRedactedExcerpts(reading, body, (int)response.StatusCode, range, settings);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException ex)
        {
            return ReportReading.Failed(ReportErrors.Timeout(ex.Timeout));
        }
        catch (OperationCanceledException)
        {
            // Not the caller's token: HttpClient.Timeout or a handler gave up.
            return ReportReading.Failed(ReportErrors.Timeout(ReportClientRegistration.AttemptTimeout));
        }
        catch (BrokenCircuitException)
        {
            return ReportReading.Failed(ReportErrors.CircuitOpen());
        }
        catch (ReportBodyTooLargeException ex)
        {
            return ReportReading.Failed(ReportErrors.TooLarge(ex.Limit));
        }
        catch (HttpRequestException ex)
        {
            var status = ex.StatusCode is { } code ? $" (HTTP {(int)code})" : "";
            return ReportReading.Failed(ReportErrors.ConnectionFailed($"{ex.HttpRequestError}{status}: {BodyExcerpt.Sanitise(ex.Message)}"));
        }
        catch (IOException ex)
        {
            // HttpIOException: the connection broke while the body was being read.
            var reason = ex is HttpIOException io ? io.HttpRequestError.ToString() : ex.GetType().Name;
            return ReportReading.Failed(ReportErrors.ConnectionFailed($"{reason}: {BodyExcerpt.Sanitise(ex.Message)}"));
        }
    }

    /// <summary>
    /// A body or exception text may echo what was sent (a PHP notice quoting $_REQUEST, a proxy page):
    /// the password is removed from anything that leaves this class.
    /// </summary>
    private ReportError Redact(ReportError error) => error with
    {
        UserMessage = Redact(error.UserMessage),
        OperatorDetail = Redact(error.OperatorDetail),
    };

    private string Redact(string text)
    {
        foreach (var form in PasswordForms(options.Value.Password))
        {
            text = text.Replace(form, "***", StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    /// <summary>
    /// Excerpts are cut at a length limit, which could keep part of an echoed password that a later
    /// search for the whole password would miss. So when the body holds the password, the excerpts are
    /// taken from a redacted copy; the data and the error kind still come from the body as received
    /// (a short password could also occur inside numbers or dates).
    /// </summary>
    private static ReportReading WithRedactedExcerpts(ReportReading reading, byte[] body, int status, DateRange range, CrocodialOptions settings)
    {
        var redactedBody = RedactBody(body, settings.Password);
        if (ReferenceEquals(redactedBody, body))
        {
            return reading;
        }

        var redacted = ReportResponseReader.Read(redactedBody, status, range, settings.User);
        return reading.Error is { } error
            ? reading with { Error = error with { OperatorDetail = redacted.Error?.OperatorDetail ?? "(The API's answer contained the password and is not quoted.)" } }
            : reading with { SkippedPreamble = redacted.SkippedPreamble };
    }

    /// <summary>The body with every form of the password replaced by <c>***</c>; the same array when it holds none.</summary>
    private static byte[] RedactBody(byte[] body, string password)
    {
        foreach (var form in PasswordForms(password))
        {
            var secret = System.Text.Encoding.UTF8.GetBytes(form);
            var from = 0;
            while (body.AsSpan(from).IndexOf(secret) is var found and >= 0)
            {
                var at = from + found;
                body = [.. body.AsSpan(0, at), .. "***"u8, .. body.AsSpan(at + secret.Length)];
                from = at + 3;
            }
        }

        return body;
    }

    /// <summary>The password as configured, form-encoded (space as '+') and percent-encoded.</summary>
    private static IEnumerable<string> PasswordForms(string password) =>
        string.IsNullOrEmpty(password)
            ? []
            : new[] { password, System.Net.WebUtility.UrlEncode(password), Uri.EscapeDataString(password) }.Distinct(StringComparer.Ordinal);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Requesting inbound_summary_stats {Range} for tenants {Tenants}")]
    private static partial void LogRequesting(ILogger logger, DateRange range, string tenants);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report API failed for {Range}: {Kind} (HTTP status {Status}). {Detail}")]
    private static partial void LogFailed(ILogger logger, DateRange range, ReportErrorKind kind, string status, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report API printed text before its JSON (a PHP notice?), skipped: {Excerpt}")]
    private static partial void LogPreambleSkipped(ILogger logger, string excerpt);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored {Count} rows outside the requested range {Range}")]
    private static partial void LogRowsOutsideRange(ILogger logger, int count, DateRange range);
}
