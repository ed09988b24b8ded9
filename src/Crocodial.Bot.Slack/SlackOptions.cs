namespace Crocodial.Bot.Slack;

/// <summary>The Slack channel's settings (configuration section <c>Slack</c>).</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    public const string DefaultApiBaseUrl = "https://slack.com/api/";

    /// <summary>Verifies inbound requests; never logged or echoed.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary><c>xoxb-…</c>; sent only as a Bearer header to the Web API, never to a <c>response_url</c>.</summary>
    public string BotToken { get; set; } = "";

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Overrides the bot user id that <c>auth.test</c> would report.</summary>
    public string BotUserId { get; set; } = "";

    /// <summary>The channel is on only when both secrets are set (DECISIONS §6).</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(SigningSecret) && !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>Every bad setting, named by its key; values of secrets are never repeated.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var hasSecret = !string.IsNullOrWhiteSpace(SigningSecret);
        var hasToken = !string.IsNullOrWhiteSpace(BotToken);
        if (hasSecret && !hasToken)
        {
            problems.Add("Slack:BotToken is required when Slack:SigningSecret is set (the xoxb- token from OAuth & Permissions; set it as the environment variable Slack__BotToken).");
        }

        if (hasToken && !hasSecret)
        {
            problems.Add("Slack:SigningSecret is required when Slack:BotToken is set (Basic Information → Signing Secret; set it as the environment variable Slack__SigningSecret).");
        }

        if (ApiBaseUri is null)
        {
            problems.Add($"Slack:ApiBaseUrl must be an absolute http(s) URL such as {DefaultApiBaseUrl} (got '{ApiBaseUrl}').");
        }

        return problems;
    }

    /// <summary>
    /// The Web API root with a trailing slash, so method names append to it instead of replacing its last
    /// segment; empty means the default; null when invalid.
    /// </summary>
    public Uri? ApiBaseUri
    {
        get
        {
            var text = string.IsNullOrWhiteSpace(ApiBaseUrl) ? DefaultApiBaseUrl : ApiBaseUrl.Trim();
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return null;
            }

            return text.EndsWith('/') ? uri : new Uri(text + "/");
        }
    }
}
