using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Teams.Connector;

internal static partial class ConnectorLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Operation} refused before sending: {Reason}")]
    public static partial void Refused(ILogger logger, string operation, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Operation} answered {Status}; retry {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, string operation, int status, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Operation} failed: {Outcome} {Status} {ErrorCode} ({Reason})")]
    public static partial void Failed(ILogger logger, string operation, ConnectorOutcome outcome, int? status, string? errorCode, string? reason);
}
