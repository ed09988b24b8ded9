using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Crocodial.Bot.Host.Tests.Teams.Support;

/// <summary>An RSA signing key made in the test, published as a Bot Framework style JWK with endorsements (no x5c).</summary>
public sealed class TestSigningKey(string kid, params string[] endorsements) : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public string Kid { get; } = kid;

    public SigningCredentials Credentials => new(new RsaSecurityKey(_rsa) { KeyId = Kid }, SecurityAlgorithms.RsaSha256);

    public object ToJwk()
    {
        var p = _rsa.ExportParameters(includePrivateParameters: false);
        return new { kty = "RSA", use = "sig", kid = Kid, n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent), endorsements };
    }

    public void Dispose() => _rsa.Dispose();
}
