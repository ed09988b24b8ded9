using System.Buffers;
using System.Net;
using System.Text;
using Crocodial.Bot.Slack.Payloads;

namespace Crocodial.Bot.Slack.WebApi;

public sealed partial class SlackApiClient
{
    private static readonly SearchValues<char> CodeChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz_");

    /// <summary>
    /// Posts to a <c>response_url</c>: no token (the URL is the credential, so it is never logged), works
    /// where the bot is not a member. Null on success. Any other answer is final, as the reference advises.
    /// </summary>
    public async Task<SlackApiError?> RespondAsync(Uri responseUrl, SlackResponseMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (SlackUrl.Parse(responseUrl?.OriginalString) is not { } url)
        {
            return SlackErrors.FromCode("invalid_response_url");
        }

        var content = Json(message, SlackJsonContext.Default.SlackResponseMessage);
        var sent = await SendAsync("response_url", () => new HttpRequestMessage(HttpMethod.Post, url) { Content = content() }, Call.Post, cancellationToken);
        if (sent.Error is not null)
        {
            return sent.Error;
        }

        if (sent.Status is >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices)
        {
            // Success is "ok" as text or {"ok":true}; some failures come back as 200 with {"ok":false,…}.
            var envelope = sent.Body is [(byte)'{', ..] ? SlackJson.TryDeserialize(sent.Body, SlackJsonContext.Default.SlackApiEnvelope) : null;
            if (envelope is { Ok: false })
            {
                var code = string.IsNullOrEmpty(envelope.Error) ? "unknown_error" : envelope.Error;
                LogApiError(logger, "response_url", code, "");
                return SlackErrors.FromCode(code);
            }

            return null;
        }

        var text = Encoding.UTF8.GetString(sent.Body).Trim();
        var failure = text.Length is > 0 and <= 64 && !text.AsSpan().ContainsAnyExcept(CodeChars) ? text : $"http_{(int)sent.Status}";
        LogApiError(logger, "response_url", failure, "");
        return SlackErrors.FromCode(failure);
    }
}
