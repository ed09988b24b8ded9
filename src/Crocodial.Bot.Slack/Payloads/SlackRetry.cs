using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Crocodial.Bot.Slack.Payloads;

/// <summary>
/// Events API redelivery headers. A retry may arrive while the first delivery is still being handled
/// (Slack retries after 3 s), so it is de-duplicated by <c>event_id</c>, never dropped on sight.
/// </summary>
public readonly record struct SlackRetry(int Number, string? Reason)
{
    public const string NumberHeader = "X-Slack-Retry-Num";
    public const string ReasonHeader = "X-Slack-Retry-Reason";

    /// <summary>Send on a response to ask Slack not to retry that delivery (not honoured for timeouts).</summary>
    public const string NoRetryHeader = "X-Slack-No-Retry";

    public bool IsRetry => Number > 0;

    /// <summary>A first delivery has no headers: number 0.</summary>
    public static SlackRetry FromHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var number = int.TryParse(headers[NumberHeader].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var reason = headers[ReasonHeader].ToString();
        return new SlackRetry(number, reason.Length == 0 ? null : reason);
    }
}
