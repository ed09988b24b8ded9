namespace Crocodial.Bot.Core.Reports;

public enum ReportErrorKind
{
    /// <summary>The API refused the configured user or password: a configuration problem, never retried.</summary>
    BadCredentials,
    PermissionDenied,
    MissingParameters,
    UnknownAction,
    /// <summary>The body could not be read as a report (empty, truncated, not JSON, unexpected shape).</summary>
    MalformedResponse,
    /// <summary>An HTTP error, an HTML error page, a connection failure or an open circuit.</summary>
    ServiceError,
    Timeout,
    /// <summary>The channel asked for a tenant it may not see; refused before any API call.</summary>
    AccessDenied,
}

/// <summary>
/// Why a report could not be produced. <see cref="UserMessage"/> is a sentence for the chat;
/// <see cref="OperatorDetail"/> is for logs and stderr. Neither ever contains the password.
/// </summary>
public sealed record ReportError(
    ReportErrorKind Kind,
    string UserMessage,
    string OperatorDetail,
    int? HttpStatus = null,
    string? Code = null);
