namespace Crocodial.Bot.Teams;

/// <summary>The Teams channel's settings (configuration section <c>Teams</c>, DECISIONS §6 and §9).</summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";

    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The bot's Microsoft App ID: the audience of inbound tokens and the outbound client id.</summary>
    public string AppId { get; set; } = "";

    /// <summary>The outbound client secret; never logged (set it as <c>Teams__AppPassword</c>).</summary>
    public string AppPassword { get; set; } = "";

    /// <summary>The bot's home Entra tenant: outbound tokens always come from here, never from a conversation's tenant.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Outbound token authority; empty means <c>https://login.microsoftonline.com/{TenantId}</c>.</summary>
    public string Authority { get; set; } = "";

    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Comma-separated inbound issuers accepted beside the Bot Framework ones.</summary>
    public string ExtraIssuers { get; set; } = "";

    /// <summary>Local Playground only: accept requests without a token and send none.</summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>Comma-separated origins (scheme://host:port) we may send to beside the Bot Framework hosts.</summary>
    public string AllowedServiceUrls { get; set; } = "";

    /// <summary>Comma-separated Entra tenant ids whose conversations are served; empty means only <see cref="TenantId"/>.</summary>
    public string AllowedTenants { get; set; } = "";

    public bool IsEnabled => !string.IsNullOrWhiteSpace(AppId) || AllowUnauthenticated;

    public string EffectiveAuthority => string.IsNullOrWhiteSpace(Authority)
        ? $"https://login.microsoftonline.com/{TenantId.Trim()}"
        : Authority.Trim();

    public IReadOnlyList<string> ExtraIssuerList => SplitList(ExtraIssuers);

    public IReadOnlyList<string> AllowedServiceUrlList => SplitList(AllowedServiceUrls);

    public IReadOnlyList<string> AllowedTenantList => SplitList(AllowedTenants);

    /// <summary>
    /// Whether a conversation's tenant is served. With no tenant configured at all (the anonymous
    /// Playground) every tenant is, because there is nothing to compare with.
    /// </summary>
    public bool IsTenantAllowed(string? tenantId)
    {
        var allowed = AllowedTenantList.Count > 0 ? AllowedTenantList
            : string.IsNullOrWhiteSpace(TenantId) ? [] : [TenantId.Trim()];
        return allowed.Count == 0
            || (tenantId is not null && allowed.Contains(tenantId.Trim(), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Every bad or missing key, named, so a half-configured channel stops the app at start-up.</summary>
    public IReadOnlyList<string> Problems() => TeamsOptionsProblems.Find(this).ToList();

    internal static IReadOnlyList<string> SplitList(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
