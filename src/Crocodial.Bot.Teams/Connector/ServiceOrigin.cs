namespace Crocodial.Bot.Teams.Connector;

/// <summary>Normalised <c>scheme://host:port</c> origins, so configured and received URLs compare exactly.</summary>
internal static class ServiceOrigin
{
    /// <summary>The origin a configured entry names, or null when it is not a bare http(s) origin.</summary>
    public static string? Parse(string entry)
    {
        if (!Uri.TryCreate(entry.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return null;
        }

        return Of(uri);
    }

    public static string Of(Uri uri) =>
        $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}".ToLowerInvariant();
}
