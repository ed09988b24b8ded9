namespace Crocodial.Bot.Host.Delivery;

internal enum SendStatus
{
    Posted,

    /// <summary>Worth another try later: rate limited, a 5xx, a timeout, a connection failure.</summary>
    Transient,

    /// <summary>The bot can no longer post there (removed, channel archived or gone, app uninstalled).</summary>
    BotRemoved,

    /// <summary>Refused for good (size, a layout the platform rejects, configuration).</summary>
    Failed,
}

/// <summary>
/// How one send went. <see cref="MessageId"/> is the Slack <c>ts</c> or Teams activity id of the post;
/// <see cref="Error"/> is safe to log and store. <see cref="MayExist"/>: the request reached the platform and the
/// answer was lost (5xx, timeout), so the post may exist after all.
/// </summary>
internal sealed record SendResult(SendStatus Status, string? MessageId, string? Error, bool MayExist = false)
{
    public static SendResult Posted(string? messageId) => new(SendStatus.Posted, messageId, null);

    public static SendResult Transient(string error, bool mayExist) => new(SendStatus.Transient, null, error, mayExist);

    public static SendResult Removed(string error) => new(SendStatus.BotRemoved, null, error);

    public static SendResult Failed(string error) => new(SendStatus.Failed, null, error);
}
