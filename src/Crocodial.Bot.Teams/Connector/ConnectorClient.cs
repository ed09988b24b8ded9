using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.Auth;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Teams.Connector;

/// <summary>
/// The Bot Connector REST calls we make (§3.2), as a typed <see cref="HttpClient"/>. Every call goes to
/// the reference's service URL (checked by <see cref="ServiceUrlPolicy"/> before a token is attached),
/// joined to the path with exactly one <c>/</c>. Register it without a generic resilience handler:
/// the retry rules here depend on the operation.
/// </summary>
public sealed partial class ConnectorClient(
    HttpClient http,
    BotTokenProvider tokens,
    ServiceUrlPolicy policy,
    TimeProvider time,
    ILogger<ConnectorClient> logger)
{
    /// <summary>
    /// Teams counts a message as UTF-16; current docs allow ~100 KB and advise staying under 80 KB
    /// (older docs: 40 KB). Past this we refuse before sending rather than meet 413.
    /// </summary>
    public const int MaxMessageUtf16Bytes = 80 * 1024;

    /// <summary>Answers a specific message (in a channel the reply lands in that message's thread).</summary>
    public Task<ConnectorResult> ReplyAsync(ConversationReference reference, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return SendAsync("reply", reference.ServiceUrl, HttpMethod.Post,
            $"v3/conversations/{Escape(reference.ConversationId)}/activities/{Escape(replyToId)}", activity, true, cancellationToken);
    }

    public Task<ConnectorResult> SendToConversationAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return SendAsync("send", reference.ServiceUrl, HttpMethod.Post,
            $"v3/conversations/{Escape(reference.ConversationId)}/activities", activity, true, cancellationToken);
    }

    /// <summary>Replaces a message for everyone (full replacement, so safe to repeat).</summary>
    public Task<ConnectorResult> UpdateAsync(ConversationReference reference, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return SendAsync("update", reference.ServiceUrl, HttpMethod.Put,
            $"v3/conversations/{Escape(reference.ConversationId)}/activities/{Escape(activityId)}", activity, true, cancellationToken);
    }

    /// <summary>
    /// Posts a new thread in the reference's Teams channel (DECISIONS §6: subscriptions never reply in an
    /// old thread). On success <see cref="ConnectorResult.ConversationId"/> is the new thread's id.
    /// </summary>
    public Task<ConnectorResult> CreateChannelThreadAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var channelId = reference.TeamsChannelId ?? reference.BaseConversationId;
        if (string.IsNullOrEmpty(reference.TenantId))
        {
            return Task.FromResult(ConnectorResult.Refused("a channel thread needs the conversation's tenant id"));
        }

        var parameters = new ConversationParameters(true, reference.TenantId,
            new TeamsChannelData { Channel = new ChannelInfo(channelId), Tenant = new TenantInfo(reference.TenantId) }, activity);
        return SendAsync("create", reference.ServiceUrl, HttpMethod.Post, "v3/conversations", parameters, true, cancellationToken);
    }

    /// <summary>Shows "typing…" for about 3 s; not retried, as a late indicator is worthless.</summary>
    public Task<ConnectorResult> SendTypingAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return SendAsync("typing", reference.ServiceUrl, HttpMethod.Post,
            $"v3/conversations/{Escape(reference.ConversationId)}/activities", Activity.CreateTyping(), false, cancellationToken);
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);
}
