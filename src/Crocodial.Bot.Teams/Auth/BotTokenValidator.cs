using Crocodial.Bot.Teams.Activities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crocodial.Bot.Teams.Auth;

/// <summary>
/// Checks the Bot Connector's <c>Authorization: Bearer</c> JWT for one activity (§2.1): issuer, audience,
/// signature with a key from the OpenID metadata, lifetime with 5 minutes' skew, the key's endorsement of
/// the activity's channel, the <c>serviceurl</c> claim, and the conversation's tenant.
/// </summary>
public sealed class BotTokenValidator
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly TeamsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BotTokenValidator> _logger;
    private readonly IReadOnlySet<string> _issuers;
    private readonly BotSigningKeys _keys;
    private readonly JsonWebTokenHandler _handler = new();

    public BotTokenValidator(IOptions<TeamsOptions> options, TimeProvider time, ILogger<BotTokenValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger;
        _issuers = BotIssuers.For(_options);
        _keys = new BotSigningKeys(_options.OpenIdMetadataUrl, time, logger);
    }

    public async Task<InboundAuthResult> ValidateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (_options.AllowUnauthenticated)
        {
            AuthLog.Unauthenticated(_logger);
            return CheckTenant(activity, null) ?? InboundAuthResult.Ok("unauthenticated mode");
        }

        var token = BearerToken(authorization);
        var jwt = token is null ? null : TryRead(token);
        var result = token is null ? InboundAuthResult.Fail(InboundAuthFailure.MissingToken, "no Authorization: Bearer header")
            : jwt is null ? InboundAuthResult.Fail(InboundAuthFailure.MalformedToken, "token is not a JWT")
            : await ValidateTokenAsync(token, jwt, activity, cancellationToken);
        if (!result.Succeeded)
        {
            AuthLog.Refused(_logger, result.Failure, result.Reason, jwt?.Issuer, jwt?.Kid, activity.TenantId);
        }

        return result;
    }

    private async Task<InboundAuthResult> ValidateTokenAsync(string token, JsonWebToken jwt, Activity activity, CancellationToken cancellationToken)
    {
        if (!_issuers.Contains(jwt.Issuer))
        {
            return InboundAuthResult.Fail(InboundAuthFailure.UntrustedIssuer, "issuer not accepted");
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return InboundAuthResult.Fail(InboundAuthFailure.InvalidToken, "token names no signing key (kid)");
        }

        BotSigningConfiguration keys;
        try
        {
            keys = await _keys.ForKeyAsync(jwt.Kid, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            AuthLog.MetadataUnavailable(_logger, ex, _options.OpenIdMetadataUrl);
            return InboundAuthResult.Fail(InboundAuthFailure.KeysUnavailable, "signing keys unavailable");
        }

        var validation = await _handler.ValidateTokenAsync(token, Parameters(keys));
        if (!validation.IsValid)
        {
            return TokenFailure(validation.Exception);
        }

        // Endorsements belong to the key that verified the signature, not merely to the header's kid.
        var signingKeyId = (validation.SecurityToken as JsonWebToken)?.SigningKey?.KeyId;
        return CheckLifetime(jwt)
            ?? CheckEndorsement(keys, signingKeyId, activity.ChannelId)
            ?? CheckServiceUrl(jwt, activity.ServiceUrl)
            ?? CheckTenant(activity, validation.ClaimsIdentity)
            ?? InboundAuthResult.Ok("valid", validation.ClaimsIdentity);
    }

    private TokenValidationParameters Parameters(BotSigningConfiguration keys) => new()
    {
        ValidIssuers = _issuers,
        ValidAudience = _options.AppId,
        IssuerSigningKeys = keys.OpenId.SigningKeys,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512],
        RequireSignedTokens = true,
        TryAllIssuerSigningKeys = false,
        ValidateIssuerSigningKey = true,
        // Lifetime is compared below against the injected TimeProvider, not the wall clock.
        ValidateLifetime = false,
    };

    private InboundAuthResult? CheckLifetime(JsonWebToken jwt)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        if (jwt.ValidTo == DateTime.MinValue)
        {
            return InboundAuthResult.Fail(InboundAuthFailure.Expired, "token has no expiry");
        }

        if (now > jwt.ValidTo + ClockSkew)
        {
            return InboundAuthResult.Fail(InboundAuthFailure.Expired, "token expired");
        }

        return jwt.ValidFrom != DateTime.MinValue && now + ClockSkew < jwt.ValidFrom
            ? InboundAuthResult.Fail(InboundAuthFailure.NotYetValid, "token not yet valid")
            : null;
    }

    private static InboundAuthResult? CheckEndorsement(BotSigningConfiguration keys, string? keyId, string? channelId) =>
        !string.IsNullOrEmpty(channelId) && keyId is not null && keys.IsEndorsed(keyId, channelId)
            ? null
            : InboundAuthResult.Fail(InboundAuthFailure.MissingEndorsement, $"signing key not endorsed for channel '{channelId}'");

    private static InboundAuthResult? CheckServiceUrl(JsonWebToken jwt, string? serviceUrl)
    {
        var claim = jwt.TryGetPayloadValue<string>("serviceurl", out var value) ? value : null;
        return claim is not null && serviceUrl is not null
            && string.Equals(claim.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            ? null
            : InboundAuthResult.Fail(InboundAuthFailure.ServiceUrlMismatch, "serviceurl claim does not match the activity's serviceUrl");
    }

    private InboundAuthResult? CheckTenant(Activity activity, System.Security.Claims.ClaimsIdentity? identity) =>
        _options.IsTenantAllowed(activity.TenantId)
            ? null
            : InboundAuthResult.Fail(InboundAuthFailure.TenantNotAllowed, $"tenant '{activity.TenantId}' not allowed") with { Identity = identity };

    private static InboundAuthResult TokenFailure(Exception? exception) => exception switch
    {
        SecurityTokenSignatureKeyNotFoundException => InboundAuthResult.Fail(InboundAuthFailure.SigningKeyNotFound, "signing key not found"),
        SecurityTokenInvalidSignatureException => InboundAuthResult.Fail(InboundAuthFailure.InvalidSignature, "invalid signature"),
        SecurityTokenInvalidAudienceException => InboundAuthResult.Fail(InboundAuthFailure.WrongAudience, "audience not accepted"),
        SecurityTokenInvalidIssuerException => InboundAuthResult.Fail(InboundAuthFailure.UntrustedIssuer, "issuer not accepted"),
        _ => InboundAuthResult.Fail(InboundAuthFailure.InvalidToken, $"token rejected ({exception?.GetType().Name ?? "unknown"})"),
    };

    private static JsonWebToken? TryRead(string token)
    {
        try
        {
            return new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? BearerToken(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = authorization[Scheme.Length..].Trim();
        return token.Length == 0 || token.Contains(' ', StringComparison.Ordinal) ? null : token;
    }
}
