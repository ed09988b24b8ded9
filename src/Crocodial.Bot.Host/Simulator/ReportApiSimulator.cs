using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Crocodial.Bot.Core;
using Crocodial.Bot.Core.Reports;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Host.Simulator;

/// <summary>
/// The vendor's <c>inbound_summary_stats</c> as a pure function of the form fields and the clock,
/// answering byte for byte in the real API's manner (report-api.md §2, §9): HTTP 200 for application
/// errors, credentials checked before the action, <c>responsetype</c> deciding JSON, quirky XML or plain
/// text. Served in-process by <see cref="SimulatorHandler"/> and over HTTP by the standalone verb.
/// </summary>
internal sealed class ReportApiSimulator(TimeProvider time, IOptions<CrocodialOptions> crocodial, IOptions<SimulatorOptions> simulator)
{
    public const string Path = "/goAPIv2/goReports/goAPI.php";

    public const string Action = "inbound_summary_stats";

    /// <summary>The request bodies the simulator reads at most; larger ones get the proxy's 413.</summary>
    public const int MaxRequestBytes = 1024 * 1024;

    /// <summary>Longer ranges get a proxy's 504, as one huge SQL query would (report-api.md §5 "Large ranges").</summary>
    public const int MaxRangeDays = 366;

    public static readonly TimeSpan SlowDelay = TimeSpan.FromSeconds(20);

    private static readonly string[] Headers =
        ["calldate", "total_calls", "queued_calls", "abandon1", "abandon2", "handled_calls", "avg_hold_time", "avg_handle_time"];

    /// <summary>Answers one request. <paramref name="checkCredentials"/> is false when embedded (DECISIONS §5).</summary>
    public SimulatorResponse Answer(SimulatorRequest request, bool checkCredentials)
    {
        ArgumentNullException.ThrowIfNull(request);
        var action = request.Scalar("goAction") ?? "";
        var outcome = Decide(request, checkCredentials);
        if (outcome.Raw is { } raw)
        {
            return raw;
        }

        var body = request.Scalar("responsetype") switch
        {
            "json" => PhpOutput.Json(outcome.Results),
            null or "" or "xml" => PhpOutput.Xml(action, outcome.Results!),
            _ => PhpOutput.ResponseTypeError,
        };
        return outcome.Fault switch
        {
            FaultTenants.Notice => SimulatorResponse.Ok([.. FaultPages.Notice, .. body]),
            FaultTenants.TruncatedJson => SimulatorResponse.Ok(body[..Math.Max(1, body.Length * 3 / 5)]),
            FaultTenants.Slow => new SimulatorResponse(200, body, SlowDelay),
            _ => SimulatorResponse.Ok(body),
        };
    }

    private Outcome Decide(SimulatorRequest request, bool checkCredentials)
    {
        if (checkCredentials && !CredentialsMatch(request))
        {
            return Error(InvalidCredentials());
        }

        if (request.Scalar("goAction") != Action)
        {
            return Error(new PhpMap { { "result", "error" }, { "message", "Command Not Found" } });
        }

        var fromText = request.Scalar("fromDate");
        var toText = request.Scalar("toDate");
        if (string.IsNullOrEmpty(fromText) || string.IsNullOrEmpty(toText) || (checkCredentials && string.IsNullOrEmpty(request.Scalar("session_user"))))
        {
            // Crocodial's documented shape: no "result" key at all.
            return Error(new PhpMap { { "code", "40001" }, { "message", "Error: Missing required parameters" } });
        }

        if (ParseDate(fromText) is not { } from)
        {
            return Error(InvalidValue("fromDate"));
        }

        if (ParseDate(toText) is not { } to)
        {
            return Error(InvalidValue("toDate"));
        }

        var tenants = request.Tenants();
        var fault = tenants.FirstOrDefault(FaultTenants.IsFault);
        switch (fault)
        {
            case FaultTenants.ServerError:
                return new Outcome(null, new SimulatorResponse(500, FaultPages.InternalServerError, TimeSpan.Zero), fault);
            case FaultTenants.Html:
                return new Outcome(null, SimulatorResponse.Ok(FaultPages.Maintenance), fault);
            case FaultTenants.Empty:
                return new Outcome(null, SimulatorResponse.Ok([]), fault);
            case FaultTenants.BadCredentials:
                return Error(InvalidCredentials());
        }

        if (to.DayNumber - from.DayNumber + 1 > MaxRangeDays)
        {
            return new Outcome(null, new SimulatorResponse(504, FaultPages.GatewayTimeout, TimeSpan.Zero), null);
        }

        var rows = request.HasBareTenant && tenants.Count == 0 ? new List<object?>() : Rows(tenants, from, to);
        var data = new PhpMap { { "rows", rows }, { "headers", rows.Count == 0 ? Array.Empty<object?>() : Headers } };
        return new Outcome(new PhpMap { { "result", "success" }, { "data", data } }, null, fault);
    }

    /// <summary>
    /// One row per day and tenant when tenants are named (the client must combine same-day rows, as the
    /// vendor may group by day and tenant); one combined row per day for "all tenants", like a plain
    /// GROUP BY day. Days without calls have no row; nothing after the call centre's today.
    /// </summary>
    private List<object?> Rows(IReadOnlyList<string> tenants, DateOnly from, DateOnly to)
    {
        var (today, shareOfToday) = Today();
        var last = to < today ? to : today;
        var rows = new List<object?>();
        for (var day = from; day <= last; day = day.AddDays(1))
        {
            var share = day == today ? shareOfToday : 1.0;
            if (tenants.Count > 0)
            {
                foreach (var tenant in tenants)
                {
                    if (SimulatedCallCentre.Day(tenant, day, share) is { } row)
                    {
                        rows.Add(Row(row));
                    }
                }
            }
            else
            {
                var perTenant = SimulatedCallCentre.Tenants.Select(t => SimulatedCallCentre.Day(t, day, share)).OfType<DailyStats>().ToList();
                if (perTenant.Count > 0)
                {
                    rows.Add(Row(DailyStats.Combine(day, perTenant)));
                }
            }
        }

        return rows;
    }

    private (DateOnly Today, double Share) Today()
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(crocodial.Value.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime;
        return (DateOnly.FromDateTime(local), SimulatedCallCentre.ShareOfDay(TimeOnly.FromDateTime(local)));
    }

    private static PhpMap Row(DailyStats day) => new()
    {
        { "calldate", day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        { "total_calls", Count(day.TotalCalls) },
        { "queued_calls", Count(day.QueuedCalls) },
        { "abandon1", Count(day.AbandonedAfter20s) },
        { "abandon2", Count(day.Abandoned) },
        { "handled_calls", Count(day.HandledCalls) },
        { "avg_hold_time", Seconds(day.AvgWaitSeconds) },
        { "avg_handle_time", Seconds(day.AvgHandleSeconds) },
    };

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    // MySQL's ROUND(AVG(…), 2) arrives as a DECIMAL string with two places; AVG over no rows is NULL.
    private static string? Seconds(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Length > 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private bool CredentialsMatch(SimulatorRequest request)
    {
        var expected = simulator.Value;
        return FixedTimeEquals(request.Scalar("goUser"), expected.User) & FixedTimeEquals(request.Scalar("goPass"), expected.Password);
    }

    private static bool FixedTimeEquals(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static PhpMap InvalidCredentials() => new() { { "result", "error" }, { "message", "Invalid Username/Password" } };

    private static PhpMap InvalidValue(string field) => new() { { "code", "41004" }, { "message", $"Error: Invalid value in {field}" } };

    private static Outcome Error(PhpMap results) => new(results, null, null);

    private sealed record Outcome(PhpMap? Results, SimulatorResponse? Raw, string? Fault);
}
