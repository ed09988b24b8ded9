namespace Crocodial.Bot.Slack.Payloads;

/// <summary>
/// <c>response_url</c> is treated as an opaque absolute URL (tests point it at loopback), but only http(s):
/// never a file or other scheme taken from a payload.
/// </summary>
internal static class SlackUrl
{
    public static Uri? Parse(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri : null;
}
