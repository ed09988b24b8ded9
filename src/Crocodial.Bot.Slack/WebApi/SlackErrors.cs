namespace Crocodial.Bot.Slack.WebApi;

/// <summary>Maps Slack's error codes to actionable sentences (reference §5.3).</summary>
internal static class SlackErrors
{
    public const string Invite = "Invite @Crocodial to this channel with /invite @Crocodial.";
    private const string Admin = "The Slack app's credentials were refused — a configuration problem for an admin (check Slack:BotToken, or reinstall the app).";
    private const string TryLater = "Slack could not be reached just now; try again in a minute.";

    public static SlackApiError FromCode(string code, string? neededScope = null) => code switch
    {
        "not_in_channel" => new(code, SlackErrorKind.Conversation, Invite),
        "channel_not_found" => new(code, SlackErrorKind.Conversation,
            "I can't see this conversation. Invite @Crocodial with /invite @Crocodial, or use /crocodial here."),
        "is_archived" => new(code, SlackErrorKind.Conversation, "This channel is archived, so I can't post in it."),
        "user_not_in_channel" => new(code, SlackErrorKind.Conversation, "That person isn't a member of this channel."),
        "invalid_auth" or "not_authed" or "token_revoked" or "token_expired" or "account_inactive"
            or "not_allowed_token_type" or "team_access_not_granted" or "ekm_access_denied"
            => new(code, SlackErrorKind.Configuration, Admin),
        "missing_scope" => new(code, SlackErrorKind.Configuration,
            $"The Slack app is missing the permission {neededScope ?? "it needs"} — an admin must add it to the app and reinstall it.")
        {
            NeededScope = neededScope,
        },
        "ratelimited" or "rate_limited" => new(code, SlackErrorKind.RateLimited, "Slack is limiting how fast I can post; try again in a minute."),
        "expired_url" or "used_url" => new(code, SlackErrorKind.Conversation,
            "This answer can no longer be changed; ask again to get a fresh one."),
        "connection_failed" or "timeout" or "invalid_response" or "internal_error" or "fatal_error" or "service_unavailable"
            => new(code, SlackErrorKind.Transport, TryLater),
        _ when code.StartsWith("http_5", StringComparison.Ordinal) => new(code, SlackErrorKind.Transport, TryLater),
        _ => new(code, SlackErrorKind.Rejected, $"Slack refused this answer ({code}); an admin can find the details in the log."),
    };
}
