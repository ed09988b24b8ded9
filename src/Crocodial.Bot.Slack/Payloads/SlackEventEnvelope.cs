namespace Crocodial.Bot.Slack.Payloads;

/// <summary>
/// What the Events API posts: <c>url_verification</c> (answer the <see cref="Challenge"/>),
/// <c>event_callback</c> (the <see cref="Event"/>), or <c>app_rate_limited</c>.
/// </summary>
public sealed record SlackEventEnvelope
{
    public const string UrlVerification = "url_verification";
    public const string EventCallback = "event_callback";
    public const string AppRateLimited = "app_rate_limited";

    public string Type { get; init => field = value ?? ""; } = "";

    public string? Challenge { get; init; }

    public string? TeamId { get; init; }

    public string? ApiAppId { get; init; }

    public string? EnterpriseId { get; init; }

    /// <summary>The same on every retry of one delivery: the de-duplication key.</summary>
    public string? EventId { get; init; }

    /// <summary>Unix seconds.</summary>
    public long? EventTime { get; init; }

    public SlackEvent? Event { get; init; }

    /// <summary>Truncated by Slack to the one installation that can see the event.</summary>
    public IReadOnlyList<SlackAuthorization> Authorizations { get; init => field = value ?? []; } = [];

    public bool IsExtSharedChannel { get; init; }

    /// <summary>For <c>app_rate_limited</c>: the minute (Unix seconds) in which deliveries stopped.</summary>
    public long? MinuteRateLimited { get; init; }

    /// <summary>Null for a body that is not a JSON object of this shape; never throws.</summary>
    public static SlackEventEnvelope? Parse(ReadOnlySpan<byte> json) =>
        SlackJson.TryDeserialize(json, SlackJsonContext.Default.SlackEventEnvelope);
}

public sealed record SlackAuthorization
{
    public string? EnterpriseId { get; init; }

    public string? TeamId { get; init; }

    public string? UserId { get; init; }

    public bool IsBot { get; init; }

    public bool IsEnterpriseInstall { get; init; }
}
