using System.Security.Claims;

namespace Crocodial.Bot.Teams.Auth;

public enum InboundAuthFailure
{
    None,
    MissingToken,
    MalformedToken,
    UntrustedIssuer,
    WrongAudience,
    InvalidSignature,
    SigningKeyNotFound,
    Expired,
    NotYetValid,
    MissingEndorsement,
    KeysUnavailable,
    InvalidToken,
    ServiceUrlMismatch,
    TenantNotAllowed,
}

/// <summary>The verdict on one inbound request. <see cref="Reason"/> is safe to log: it never holds the token.</summary>
public sealed record InboundAuthResult(InboundAuthFailure Failure, string Reason, ClaimsIdentity? Identity = null)
{
    public bool Succeeded => Failure == InboundAuthFailure.None;

    /// <summary>Token failures of any kind are 401; a wrong service URL or tenant is 403 (DECISIONS §6).</summary>
    public int StatusCode => Failure switch
    {
        InboundAuthFailure.None => 200,
        InboundAuthFailure.ServiceUrlMismatch or InboundAuthFailure.TenantNotAllowed => 403,
        _ => 401,
    };

    internal static InboundAuthResult Ok(string reason, ClaimsIdentity? identity = null) => new(InboundAuthFailure.None, reason, identity);

    internal static InboundAuthResult Fail(InboundAuthFailure failure, string reason) => new(failure, reason);
}
