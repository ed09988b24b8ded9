using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Crocodial.Bot.Teams.Auth;

/// <summary>
/// Reads the metadata, then the JWKS once as raw JSON: <c>endorsements</c> is not a standard JWK member,
/// so it is read from the raw key objects, and the same document yields the signing keys.
/// </summary>
internal sealed class BotSigningConfigurationRetriever : IConfigurationRetriever<BotSigningConfiguration>
{
    private TaskCompletionSource<BotSigningConfiguration?> _next = NewSignal();

    /// <summary>
    /// The configuration from the retrieval in progress, or the next one (null when it failed).
    /// IdentityModel 8 refreshes in the background after <c>RequestRefresh</c> and stores the result
    /// only after this retriever returns; this hands the fresh keys straight to the caller waiting.
    /// </summary>
    public Task<BotSigningConfiguration?> NextRetrieval => Volatile.Read(ref _next).Task;

    public async Task<BotSigningConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        BotSigningConfiguration? configuration = null;
        try
        {
            configuration = await RetrieveAsync(address, retriever, cancel);
            return configuration;
        }
        finally
        {
            Interlocked.Exchange(ref _next, NewSignal()).TrySetResult(configuration);
        }
    }

    private static TaskCompletionSource<BotSigningConfiguration?> NewSignal() =>
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static async Task<BotSigningConfiguration> RetrieveAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var metadata = await retriever.GetDocumentAsync(address, cancel);
        var openId = OpenIdConnectConfiguration.Create(metadata);
        if (string.IsNullOrWhiteSpace(openId.JwksUri))
        {
            throw new InvalidOperationException("The OpenID metadata names no jwks_uri.");
        }

        var jwks = await retriever.GetDocumentAsync(openId.JwksUri, cancel);
        openId.JsonWebKeySet = new JsonWebKeySet(jwks);
        foreach (var key in openId.JsonWebKeySet.GetSigningKeys())
        {
            openId.SigningKeys.Add(key);
        }

        return new BotSigningConfiguration(openId, ReadEndorsements(jwks));
    }

    internal static Dictionary<string, IReadOnlyList<string>> ReadEndorsements(string jwks)
    {
        var byKeyId = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwks);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return byKeyId;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var endorsements = key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
                : [];
            byKeyId[kid.GetString()!] = endorsements;
        }

        return byKeyId;
    }
}
