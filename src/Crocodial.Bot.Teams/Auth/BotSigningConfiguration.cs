using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Crocodial.Bot.Teams.Auth;

/// <summary>The OpenID metadata with its signing keys, plus each key's <c>endorsements</c> (the channels it may sign for).</summary>
internal sealed record BotSigningConfiguration(
    OpenIdConnectConfiguration OpenId,
    IReadOnlyDictionary<string, IReadOnlyList<string>> EndorsementsByKeyId)
{
    public bool HasKey(string keyId) => EndorsementsByKeyId.ContainsKey(keyId);

    public bool IsEndorsed(string keyId, string channelId) =>
        EndorsementsByKeyId.TryGetValue(keyId, out var endorsements)
        && endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase);
}
