using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crocodial.Bot.Slack.Payloads;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Slack.WebApi;

/// <summary>
/// Slack's Web API and <c>response_url</c> replies (typed <see cref="HttpClient"/>, base address
/// <c>Slack:ApiBaseUrl</c>). Errors come back as <see cref="SlackApiResult{T}"/>, never as exceptions.
/// Writes are JSON; reads are form-encoded because Slack's read methods ignore JSON bodies.
/// </summary>
public sealed partial class SlackApiClient(
    HttpClient http, IOptions<SlackOptions> options, SlackPacer pacer, TimeProvider time, ILogger<SlackApiClient> logger)
{
    private const int HistoryPageSize = 200;
    private const int HistoryMaxPages = 5;

    public async Task<SlackApiResult<SlackPostedMessage>> PostMessageAsync(SlackOutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var result = await CallAsync("chat.postMessage", Json(message, SlackJsonContext.Default.SlackOutgoingMessage),
            SlackJsonContext.Default.ChatResponse, Call.Post with { PacingKey = "channel:" + message.Channel }, cancellationToken);
        return Map(result, r => new SlackPostedMessage(r.Channel ?? message.Channel, r.Ts ?? ""));
    }

    public async Task<SlackApiResult<SlackPostedMessage>> PostEphemeralAsync(SlackEphemeralMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var result = await CallAsync("chat.postEphemeral", Json(message, SlackJsonContext.Default.SlackEphemeralMessage),
            SlackJsonContext.Default.ChatResponse, Call.Post, cancellationToken);
        return Map(result, r => new SlackPostedMessage(message.Channel, r.MessageTs ?? ""));
    }

    public async Task<SlackApiResult<SlackPostedMessage>> UpdateAsync(SlackMessageUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var result = await CallAsync("chat.update", Json(update, SlackJsonContext.Default.SlackMessageUpdate),
            SlackJsonContext.Default.ChatResponse, Call.Post, cancellationToken);
        return Map(result, r => new SlackPostedMessage(r.Channel ?? update.Channel, r.Ts ?? update.Ts));
    }

    /// <summary>The bot's own user id, bot id and workspace (called once at start-up).</summary>
    public Task<SlackApiResult<SlackAuthInfo>> AuthTestAsync(CancellationToken cancellationToken = default) =>
        CallAsync("auth.test", Form(), SlackJsonContext.Default.SlackAuthInfo, Call.Read, cancellationToken);

    public async Task<SlackApiResult<SlackUser>> GetUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var result = await CallAsync("users.info", Form(("user", userId)), SlackJsonContext.Default.UsersInfoResponse, Call.Read, cancellationToken);
        return Map(result, r => r.User ?? new SlackUser { Id = userId });
    }

    public async Task<SlackApiResult<SlackConversation>> GetConversationAsync(string channelId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        var result = await CallAsync("conversations.info", Form(("channel", channelId)), SlackJsonContext.Default.ConversationsInfoResponse, Call.Read, cancellationToken);
        return Map(result, r => r.Channel ?? new SlackConversation { Id = channelId });
    }

    /// <summary>One page of history since <paramref name="oldest"/>, with message metadata included.</summary>
    public async Task<SlackApiResult<SlackHistoryPage>> GetHistoryAsync(
        string channelId, DateTimeOffset oldest, string? cursor = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        var form = Form(
            ("channel", channelId),
            ("oldest", oldest.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + ".000000"),
            ("limit", HistoryPageSize.ToString(CultureInfo.InvariantCulture)),
            ("include_all_metadata", "true"),
            ("cursor", cursor));
        var result = await CallAsync("conversations.history", form, SlackJsonContext.Default.ConversationsHistoryResponse, Call.Read, cancellationToken);
        return Map(result, r => new SlackHistoryPage(r.Messages ?? [], NullIfEmpty(r.ResponseMetadata?.NextCursor)));
    }

    /// <summary>
    /// Our message in <paramref name="channelId"/> since <paramref name="oldest"/> whose metadata has
    /// <paramref name="eventType"/> and a payload <paramref name="matches"/> accepts; an OK result with a null
    /// value means there is none (so a lost post may be sent again).
    /// </summary>
    public async Task<SlackApiResult<SlackMessage?>> FindMessageByMetadataAsync(
        string channelId, string eventType, Func<JsonObject, bool> matches, DateTimeOffset oldest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(matches);
        string? cursor = null;
        for (var page = 0; page < HistoryMaxPages; page++)
        {
            var result = await GetHistoryAsync(channelId, oldest, cursor, cancellationToken);
            if (!result.IsOk)
            {
                return SlackApiResult.Failure<SlackMessage?>(result.Error);
            }

            var found = result.Value!.Messages.FirstOrDefault(m =>
                m.Metadata is { EventPayload: { } payload } metadata && metadata.EventType == eventType && matches(payload));
            if (found is not null || result.Value.NextCursor is null)
            {
                return SlackApiResult.Success(found);
            }

            cursor = result.Value.NextCursor;
        }

        return SlackApiResult.Success<SlackMessage?>(null);
    }

    private static SlackApiResult<TOut> Map<TIn, TOut>(SlackApiResult<TIn> result, Func<TIn, TOut> map) =>
        result.IsOk ? SlackApiResult.Success(map(result.Value!)) : SlackApiResult.Failure<TOut>(result.Error);

    private static Func<HttpContent> Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, type);
        return () =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
            return content;
        };
    }

    /// <summary>Form bodies carry no charset: Slack warns <c>superfluous_charset</c> on one.</summary>
    private static Func<HttpContent> Form(params (string Name, string? Value)[] fields)
    {
        var pairs = fields.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Name, f.Value!)).ToList();
        return () => new FormUrlEncodedContent(pairs);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
