using Crocodial.Bot.Teams.Connector;

namespace Crocodial.Bot.Teams;

internal static class TeamsOptionsProblems
{
    public static IEnumerable<string> Find(TeamsOptions o)
    {
        var hasAppId = !string.IsNullOrWhiteSpace(o.AppId);
        if (o.AllowUnauthenticated && hasAppId)
        {
            yield return "Teams:AllowUnauthenticated must not be set together with Teams:AppId (anonymous mode is for the local Playground only).";
        }

        if (hasAppId && string.IsNullOrEmpty(o.AppPassword))
        {
            yield return "Teams:AppPassword is required when Teams:AppId is set (set it as the environment variable Teams__AppPassword).";
        }

        if (hasAppId && string.IsNullOrWhiteSpace(o.TenantId))
        {
            yield return "Teams:TenantId is required when Teams:AppId is set (the bot's home Entra tenant).";
        }

        if (!hasAppId && !o.AllowUnauthenticated && (!string.IsNullOrEmpty(o.AppPassword) || !string.IsNullOrWhiteSpace(o.TenantId)))
        {
            yield return "Teams:AppId is required when Teams:AppPassword or Teams:TenantId is set.";
        }

        if (!o.IsEnabled)
        {
            yield break;
        }

        if (!string.IsNullOrWhiteSpace(o.Authority) && !IsHttps(o.Authority))
        {
            yield return $"Teams:Authority must be an https URL such as https://login.microsoftonline.com/<tenant> (got '{o.Authority}').";
        }

        if (!Uri.TryCreate(o.OpenIdMetadataUrl, UriKind.Absolute, out var metadata)
            || !(metadata.Scheme == Uri.UriSchemeHttps || (metadata.Scheme == Uri.UriSchemeHttp && metadata.IsLoopback)))
        {
            yield return $"Teams:OpenIdMetadataUrl must be an https URL (plain http only on loopback) (got '{o.OpenIdMetadataUrl}').";
        }

        foreach (var origin in o.AllowedServiceUrlList.Where(u => ServiceOrigin.Parse(u) is null))
        {
            yield return $"Teams:AllowedServiceUrls entries must be origins such as https://connector.example:443 (got '{origin}').";
        }
    }

    private static bool IsHttps(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
