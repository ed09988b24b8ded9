namespace Crocodial.Bot.Core.Reports;

/// <summary>
/// The one place that words report failures: a fixed sentence for the chat (never API text, which may
/// be technical or odd) and an operator detail that says what to check.
/// </summary>
internal static class ReportErrors
{
    public static ReportError BadCredentials(string user) => new(
        ReportErrorKind.BadCredentials,
        "The report service didn't accept the bot's login. This is a configuration problem: please ask an admin to check the bot's report account.",
        $"The API answered 'Invalid Username/Password' for user '{user}'. Check Crocodial:User and Crocodial:Password "
        + "(goPass may have to be the pass_hash value; the API strips quotes, spaces, backslashes and semicolons from passwords). Not retried.");

    public static ReportError PermissionDenied(string? code, string apiText) => new(
        ReportErrorKind.PermissionDenied,
        "The bot's report account isn't allowed to see this report. Please ask an admin to check its permissions.",
        $"The API refused the request for lack of permission (code {code ?? "none"}: '{apiText}'). The API user probably needs user_level > 7 or access to the tenant.",
        Code: code);

    public static ReportError MissingParameters(string? code, string apiText) => new(
        ReportErrorKind.MissingParameters,
        "The report service said the bot's request was incomplete. Please ask an admin to look at the bot's logs.",
        $"The API reported missing parameters (code {code ?? "none"}: '{apiText}'). The request body may be lost on the way, e.g. by a redirect or a proxy.",
        Code: code);

    public static ReportError UnknownAction(string apiText) => new(
        ReportErrorKind.UnknownAction,
        "The report service at the configured address doesn't offer this report. Please ask an admin to check the bot's settings.",
        $"The API answered '{apiText}' for goAction=inbound_summary_stats. Check that Crocodial:BaseUrl points at the vendor's site that has this action.");

    public static ReportError Application(string? code, string apiText) => new(
        ReportErrorKind.ServiceError,
        "The report service couldn't produce this report. Try again in a few minutes; if it keeps happening, ask an admin.",
        $"The API answered an error (code {code ?? "none"}): '{apiText}'.",
        200,
        code);

    public static ReportError Malformed(string detail) => new(
        ReportErrorKind.MalformedResponse,
        "The report service sent an answer the bot couldn't read. Try again in a minute; if it keeps happening, ask an admin.",
        detail);

    public static ReportError Xml() => Malformed(
        "The API answered XML although responsetype=json was sent, so the request arrived without its form fields "
        + "(typically a redirect turned the POST into a GET: use the final https URL in Crocodial:BaseUrl) or a proxy rewrote it.");

    public static ReportError Http(int status, string excerpt) => new(
        ReportErrorKind.ServiceError,
        status == 429
            ? "The report service is busy right now. Try again in a few minutes."
            : "The report service is having trouble right now. Try again in a few minutes.",
        (excerpt.Length == 0 ? $"The API answered HTTP {status}." : $"The API answered HTTP {status}: '{excerpt}'.") + StatusHint(status),
        status);

    private static string StatusHint(int status) => status switch
    {
        404 => " Check Crocodial:BaseUrl: it is the site root, the client appends /goAPIv2/goReports/goAPI.php.",
        401 or 403 => " Something in front of the API (a WAF, basic auth, an IP allow-list) refused the bot's address.",
        429 => " The vendor or a proxy throttles the bot; a Retry-After beyond the retry budget is not waited for.",
        500 => " Probably a PHP fatal error on the vendor's side; not retried, because it would fail the same way.",
        502 or 503 or 504 => " Retried; the vendor's web server or proxy is down or overloaded (very long ranges can also cause 504).",
        _ => "",
    };

    public static ReportError HtmlPage(int status, string excerpt) => new(
        ReportErrorKind.ServiceError,
        "The report service is having trouble right now. Try again in a few minutes.",
        $"The API answered an HTML page with HTTP {status} instead of JSON: '{excerpt}'. A proxy, login or maintenance page, or a PHP fatal error.",
        status);

    public static ReportError ConnectionFailed(string reason) => new(
        ReportErrorKind.ServiceError,
        "The bot couldn't reach the report service. Try again in a few minutes.",
        $"The request to the API failed before an answer: {reason}. Check Crocodial:BaseUrl, DNS, TLS and the network.");

    public static ReportError CircuitOpen() => new(
        ReportErrorKind.ServiceError,
        "The report service has been failing, so the bot is pausing its requests for a moment. Try again in a minute.",
        "The circuit breaker is open after repeated API failures; requests resume automatically after the break.");

    public static ReportError Timeout(TimeSpan elapsed) => new(
        ReportErrorKind.Timeout,
        "The report service didn't answer in time. Try again in a minute.",
        $"The API did not answer within {elapsed.TotalSeconds:0} s (budgets: {ReportClientRegistration.AttemptTimeout.TotalSeconds:0} s per attempt, "
        + $"{ReportClientRegistration.MaxRetries} retries, {ReportClientRegistration.ChunkTimeout.TotalSeconds:0} s per 31-day chunk). Long ranges or a loaded vendor database are the usual cause.");

    public static ReportError Redirect(int status, Uri? location) => new(
        ReportErrorKind.ServiceError,
        "The report service is set up at a different address. Please ask an admin to check the bot's settings.",
        $"The API answered HTTP {status} redirecting to '{BodyExcerpt.Sanitise(location?.GetLeftPart(UriPartial.Path) ?? "(no Location)")}'. "
        + "Redirects are not followed, because they turn the POST into a GET without its form fields: set Crocodial:BaseUrl to the final site root.",
        status);

    public static ReportError TooLarge(long limit) => Malformed(
        $"The API's answer exceeded {limit / (1024 * 1024)} MB and was not read.");
}
