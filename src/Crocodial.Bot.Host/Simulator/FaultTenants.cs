namespace Crocodial.Bot.Host.Simulator;

/// <summary>
/// Tenant codes that make the simulator misbehave on purpose (DECISIONS §5), so chat users and tests
/// can see every failure path: the first fault tenant of a request decides.
/// </summary>
internal static class FaultTenants
{
    /// <summary>Valid data after <see cref="ReportApiSimulator.SlowDelay"/>.</summary>
    public const string Slow = "XSLOW";

    /// <summary>HTTP 500 with Apache's HTML page (a PHP fatal error with display_errors off).</summary>
    public const string ServerError = "X500";

    /// <summary>HTTP 200 with an HTML maintenance page.</summary>
    public const string Html = "XHTML";

    /// <summary>A PHP notice before otherwise valid JSON.</summary>
    public const string Notice = "XNOTICE";

    /// <summary>HTTP 200 with an empty body.</summary>
    public const string Empty = "XEMPTY";

    /// <summary>JSON cut off part-way.</summary>
    public const string TruncatedJson = "XJSON";

    /// <summary>The bad-credentials body, whatever was sent.</summary>
    public const string BadCredentials = "XAUTH";

    public static readonly IReadOnlyList<string> All = [Slow, ServerError, Html, Notice, Empty, TruncatedJson, BadCredentials];

    public static bool IsFault(string tenant) => All.Contains(tenant, StringComparer.Ordinal);
}
