using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Slack.Verification;

/// <summary>
/// Slack's v0 request signature: HMAC-SHA256 over <c>v0:{timestamp}:{raw body bytes}</c>. Fails closed: an
/// empty secret rejects everything, and the timestamp must be within five minutes either way.
/// </summary>
public sealed class SlackRequestVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";

    /// <summary>The replay window; symmetric, so a request "from the future" cannot be banked for later.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private const string Version = "v0=";
    private const int SignatureLength = 3 + 64;
    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdefABCDEF");

    public SlackVerificationResult Verify(ReadOnlySpan<byte> body, string? timestamp, string? signature)
    {
        var secret = options.Value.SigningSecret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            return new(SlackVerificationFailure.NoSigningSecret);
        }

        if (string.IsNullOrEmpty(timestamp))
        {
            return new(SlackVerificationFailure.MissingTimestamp);
        }

        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return new(SlackVerificationFailure.MalformedTimestamp);
        }

        var skew = time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (skew > Window.TotalSeconds)
        {
            return new(SlackVerificationFailure.StaleTimestamp, skew);
        }

        if (-skew > Window.TotalSeconds)
        {
            return new(SlackVerificationFailure.FutureTimestamp, skew);
        }

        if (string.IsNullOrEmpty(signature))
        {
            return new(SlackVerificationFailure.MissingSignature, skew);
        }

        if (!signature.StartsWith(Version, StringComparison.Ordinal))
        {
            return new(signature.Contains('=', StringComparison.Ordinal) ? SlackVerificationFailure.UnsupportedVersion : SlackVerificationFailure.MalformedSignature, skew);
        }

        if (signature.Length != SignatureLength || signature.AsSpan(Version.Length).ContainsAnyExcept(Hex))
        {
            return new(SlackVerificationFailure.MalformedSignature, skew);
        }

        var expected = Encoding.ASCII.GetBytes(Version + Sign(Encoding.UTF8.GetBytes(secret), timestamp, body));
        var received = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, received)
            ? new(SlackVerificationFailure.None, skew)
            : new(SlackVerificationFailure.SignatureMismatch, skew);
    }

    /// <summary>The lower-case hex HMAC, without the <c>v0=</c> prefix. Hashes bytes, never a re-encoded string.</summary>
    internal static string Sign(ReadOnlySpan<byte> secret, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);
        hmac.AppendData("v0:"u8);
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp));
        hmac.AppendData(":"u8);
        hmac.AppendData(body);
        Span<byte> digest = stackalloc byte[32];
        hmac.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }
}
