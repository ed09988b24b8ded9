using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Slack.WebApi;

/// <summary>Logs method names, codes and counts only: never the token, a response_url or a message body.</summary>
public sealed partial class SlackApiClient
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} failed: {Error} {Details}")]
    private static partial void LogApiError(ILogger logger, string method, string error, string details);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack {Method} warned: {Warning}")]
    private static partial void LogApiWarning(ILogger logger, string method, string warning);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} rate-limited (attempt {Attempt}); Retry-After {Seconds} s")]
    private static partial void LogRateLimited(ILogger logger, string method, int attempt, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method}: connection failed before sending ({Error}, attempt {Attempt}); retrying")]
    private static partial void LogConnectionRetry(ILogger logger, string method, int attempt, HttpRequestError error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack {Method} not completed: {Reason}")]
    private static partial void LogTransportFailure(ILogger logger, string method, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack {Method} answered HTTP {Status}")]
    private static partial void LogHttpStatus(ILogger logger, string method, int status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack {Method} answered with a body that is not Slack JSON")]
    private static partial void LogUnreadable(ILogger logger, string method);
}
