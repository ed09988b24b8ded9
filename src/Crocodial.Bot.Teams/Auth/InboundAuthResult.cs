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

    /// <summary>
    /// Token failures of any kind, a wrong <c>serviceurl</c> claim included, are 401 (issue 4: "any failure → 401");
    /// a valid token from a tenant we do not serve is 403.
    /// </summary>
    public int StatusCode => Failure switch
    {
        InboundAuthFailure.None => 200,
        InboundAuthFailure.TenantNotAllowed => 403,
        _ => 401,
    };

    internal static InboundAuthResult Ok(string reason, ClaimsIdentity? identity = null) => new(InboundAuthFailure.None, reason, identity);

    internal static InboundAuthResult Fail(InboundAuthFailure failure, string reason) => new(failure, reason);
}
