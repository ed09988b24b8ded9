namespace Crocodial.Bot.Teams.Auth;

/// <summary>Inbound token issuers we accept (§2.3): Azure Bot Service, our own tenant's Entra issuers, and configured extras.</summary>
internal static class BotIssuers
{
    public const string BotFramework = "https://api.botframework.com";

    public static IReadOnlySet<string> For(TeamsOptions options)
    {
        var issuers = new HashSet<string>(StringComparer.Ordinal) { BotFramework };
        var tenant = options.TenantId.Trim();
        if (tenant.Length > 0)
        {
            issuers.Add($"https://sts.windows.net/{tenant}/");
            issuers.Add($"https://login.microsoftonline.com/{tenant}/v2.0");
        }

        issuers.UnionWith(options.ExtraIssuerList);
        return issuers;
    }
}
