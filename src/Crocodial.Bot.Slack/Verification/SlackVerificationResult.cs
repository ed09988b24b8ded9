namespace Crocodial.Bot.Slack.Verification;

/// <summary>Why a request was refused; safe to log (holds neither the secret nor the signature).</summary>
public enum SlackVerificationFailure
{
    None,
    NoSigningSecret,
    MissingTimestamp,
    MalformedTimestamp,
    StaleTimestamp,
    FutureTimestamp,
    MissingSignature,
    MalformedSignature,
    UnsupportedVersion,
    SignatureMismatch,
}

/// <summary>
/// The outcome of <see cref="SlackRequestVerifier.Verify"/>. <see cref="SkewSeconds"/> is server clock minus
/// request timestamp, logged on failures because a wrong server clock rejects every request.
/// </summary>
public readonly record struct SlackVerificationResult(SlackVerificationFailure Failure, long? SkewSeconds = null)
{
    public bool IsValid => Failure == SlackVerificationFailure.None;
}
