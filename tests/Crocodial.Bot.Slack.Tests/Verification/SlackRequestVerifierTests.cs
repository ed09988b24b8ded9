using System.Text;
using Crocodial.Bot.Slack.Verification;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Slack.Tests.Verification;

public class SlackRequestVerifierTests
{
    private const string Ts = "1531420618";
    private static readonly byte[] DocBody = Encoding.UTF8.GetBytes(SlackSigning.DocBody);

    private static SlackRequestVerifier Verifier(string secret = SlackSigning.DocSecret, long now = SlackSigning.DocTimestamp) =>
        new(Options.Create(new SlackOptions { SigningSecret = secret }), new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(now)));

    [Fact]
    public void Verify_SlackDocumentedVector_IsValid()
    {
        Assert.Equal(362, DocBody.Length);

        var result = Verifier().Verify(DocBody, Ts, SlackSigning.DocSignature);

        Assert.True(result.IsValid);
        Assert.Equal(0, result.SkewSeconds);
    }

    [Theory]
    [InlineData("{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}", "v0=f9bd80929259f3f6d5fe3a3186c453c89cd1ad4862815a15837584f31c993652")]
    [InlineData("{\"type\":\"event_callback\",\"event\":{\"type\":\"app_mention\",\"text\":\"<@U0BOT> Übersicht https:\\/\\/example.com\"}}", "v0=04087a6cfcecd759dae702081294535523b552848068742551cdf3de8cbe49d5")]
    public void Verify_ProjectVectors_AreValidOverRawBytes(string body, string signature)
    {
        Assert.True(Verifier().Verify(Encoding.UTF8.GetBytes(body), Ts, signature).IsValid);
    }

    [Fact]
    public void Verify_ReserializedJson_IsRejected()
    {
        // Slack escapes '/' as '\/'; a JSON round trip drops that and so no longer matches Slack's signature.
        var roundTripped = "{\"type\":\"event_callback\",\"event\":{\"type\":\"app_mention\",\"text\":\"<@U0BOT> Übersicht https://example.com\"}}";

        var result = Verifier().Verify(Encoding.UTF8.GetBytes(roundTripped), Ts, "v0=04087a6cfcecd759dae702081294535523b552848068742551cdf3de8cbe49d5");

        Assert.Equal(SlackVerificationFailure.SignatureMismatch, result.Failure);
    }

    [Fact]
    public void Verify_UpperCaseHexDigest_IsValid() =>
        Assert.True(Verifier().Verify(DocBody, Ts, "v0=" + SlackSigning.DocSignature[3..].ToUpperInvariant()).IsValid);

    [Fact]
    public void Verify_TamperedBody_IsRejected()
    {
        var tampered = Encoding.UTF8.GetBytes(SlackSigning.DocBody.Replace("text=", "text=x", StringComparison.Ordinal));

        Assert.Equal(SlackVerificationFailure.SignatureMismatch, Verifier().Verify(tampered, Ts, SlackSigning.DocSignature).Failure);
    }

    [Fact]
    public void Verify_WrongSecret_IsRejected() =>
        Assert.Equal(SlackVerificationFailure.SignatureMismatch, Verifier("another-apps-secret").Verify(DocBody, Ts, SlackSigning.DocSignature).Failure);

    [Fact]
    public void Verify_ReusedSignatureWithOtherTimestamp_IsRejected() =>
        Assert.Equal(SlackVerificationFailure.SignatureMismatch, Verifier().Verify(DocBody, "1531420619", SlackSigning.DocSignature).Failure);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Verify_NoSigningSecret_RejectsEvenAValidSignature(string secret) =>
        Assert.Equal(SlackVerificationFailure.NoSigningSecret, Verifier(secret).Verify(DocBody, Ts, SlackSigning.DocSignature).Failure);

    [Theory]
    [InlineData(null, SlackVerificationFailure.MissingTimestamp)]
    [InlineData("", SlackVerificationFailure.MissingTimestamp)]
    [InlineData("abc", SlackVerificationFailure.MalformedTimestamp)]
    [InlineData(" 1531420618", SlackVerificationFailure.MalformedTimestamp)]
    [InlineData("+1531420618", SlackVerificationFailure.MalformedTimestamp)]
    [InlineData("-1531420618", SlackVerificationFailure.MalformedTimestamp)]
    [InlineData("1531420618.5", SlackVerificationFailure.MalformedTimestamp)]
    [InlineData("99999999999999999999999", SlackVerificationFailure.MalformedTimestamp)]
    public void Verify_GarbledTimestamp_IsRejected(string? timestamp, SlackVerificationFailure expected) =>
        Assert.Equal(expected, Verifier().Verify(DocBody, timestamp, SlackSigning.DocSignature).Failure);

    [Theory]
    [InlineData(null, SlackVerificationFailure.MissingSignature)]
    [InlineData("", SlackVerificationFailure.MissingSignature)]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SlackVerificationFailure.MalformedSignature)]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SlackVerificationFailure.UnsupportedVersion)]
    [InlineData("v0=a2114d57", SlackVerificationFailure.MalformedSignature)]
    [InlineData("v0=z2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SlackVerificationFailure.MalformedSignature)]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5030", SlackVerificationFailure.MalformedSignature)]
    public void Verify_GarbledSignature_IsRejected(string? signature, SlackVerificationFailure expected) =>
        Assert.Equal(expected, Verifier().Verify(DocBody, Ts, signature).Failure);

    [Theory]
    [InlineData(300, true)]
    [InlineData(301, false)]
    [InlineData(-300, true)]
    [InlineData(-301, false)]
    public void Verify_TimestampWindow_IsFiveMinutesEitherWay(long clockAhead, bool valid)
    {
        var body = Encoding.UTF8.GetBytes("payload=%7B%7D");
        var signature = SlackSigning.Sign(SlackSigning.DocSecret, SlackSigning.DocTimestamp, body);

        var result = Verifier(now: SlackSigning.DocTimestamp + clockAhead).Verify(body, Ts, signature);

        Assert.Equal(valid, result.IsValid);
        Assert.Equal(clockAhead, result.SkewSeconds);
        if (!valid)
        {
            Assert.Equal(clockAhead > 0 ? SlackVerificationFailure.StaleTimestamp : SlackVerificationFailure.FutureTimestamp, result.Failure);
        }
    }

    [Fact]
    public void Verify_EmptyBodySigned_IsValid()
    {
        var signature = SlackSigning.Sign(SlackSigning.DocSecret, SlackSigning.DocTimestamp, []);

        Assert.True(Verifier().Verify([], Ts, signature).IsValid);
    }
}
