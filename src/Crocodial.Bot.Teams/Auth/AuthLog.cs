using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Teams.Auth;

internal static partial class AuthLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams request refused ({Failure}): {Reason}; iss {Issuer}, kid {KeyId}, tenant {TenantId}")]
    public static partial void Refused(ILogger logger, InboundAuthFailure failure, string reason, string? issuer, string? keyId, string? tenantId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signing key {KeyId} unknown; OpenID metadata refresh requested")]
    public static partial void RefreshRequested(ILogger logger, string keyId);

    [LoggerMessage(Level = LogLevel.Error, Message = "OpenID metadata unavailable from {MetadataUrl}")]
    public static partial void MetadataUnavailable(ILogger logger, Exception exception, string metadataUrl);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Teams request accepted without a token: Teams:AllowUnauthenticated is on (local Playground only)")]
    public static partial void Unauthenticated(ILogger logger);
}
