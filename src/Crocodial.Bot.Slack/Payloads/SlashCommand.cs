namespace Crocodial.Bot.Slack.Payloads;

/// <summary>
/// A slash command, read from its form body. <c>user_name</c> and the verification <c>token</c> are deprecated
/// and deliberately not kept.
/// </summary>
public sealed record SlashCommand
{
    public required string TeamId { get; init; }

    public required string ChannelId { get; init; }

    public required string UserId { get; init; }

    /// <summary>The command itself, e.g. <c>/report</c>.</summary>
    public required string Command { get; init; }

    /// <summary>Everything after the command; may be empty.</summary>
    public required string Text { get; init; }

    /// <summary>Up to five replies within 30 minutes, also where the bot is not a member.</summary>
    public required Uri ResponseUrl { get; init; }

    public string? TriggerId { get; init; }

    public string? TeamDomain { get; init; }

    public string? EnterpriseId { get; init; }

    /// <summary><c>directmessage</c> or <c>privategroup</c> for DMs and private conversations.</summary>
    public string? ChannelName { get; init; }

    public string? ApiAppId { get; init; }

    public bool IsEnterpriseInstall { get; init; }

    /// <summary>Null when a required field is missing or <c>response_url</c> is not an absolute http(s) URL.</summary>
    public static SlashCommand? Parse(ReadOnlySpan<byte> formBody)
    {
        var form = SlackForm.Parse(formBody);
        var teamId = form.Value("team_id");
        var channelId = form.Value("channel_id");
        var userId = form.Value("user_id");
        var command = form.Value("command");
        var responseUrl = SlackUrl.Parse(form.Value("response_url"));
        if (string.IsNullOrEmpty(teamId) || string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(userId)
            || string.IsNullOrEmpty(command) || responseUrl is null)
        {
            return null;
        }

        return new SlashCommand
        {
            TeamId = teamId,
            ChannelId = channelId,
            UserId = userId,
            Command = command,
            Text = form.Value("text") ?? "",
            ResponseUrl = responseUrl,
            TriggerId = form.Value("trigger_id"),
            TeamDomain = form.Value("team_domain"),
            EnterpriseId = form.Value("enterprise_id"),
            ChannelName = form.Value("channel_name"),
            ApiAppId = form.Value("api_app_id"),
            IsEnterpriseInstall = form.Value("is_enterprise_install") == "true",
        };
    }
}
