using Crocodial.Bot.Slack.Events;
using Crocodial.Bot.Slack.Payloads;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Slack.Answering;

/// <summary>
/// Who the bot is, so its own posts are not answered: <c>Slack:BotUserId</c> when set, else what <c>auth.test</c>
/// reported at start-up (<see cref="SlackBotUserWorker"/>). Until then an event's own <c>authorizations</c>
/// (the bot user that can see it) stand in.
/// </summary>
internal sealed class SlackBotUser(IOptions<SlackOptions> options)
{
    private volatile SlackBotIdentity? _identity;

    public SlackBotIdentity? Identity => _identity ?? Configured();

    public SlackBotIdentity For(SlackEventEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return Identity
            ?? envelope.Authorizations.Where(a => a.IsBot && !string.IsNullOrEmpty(a.UserId)).Select(a => new SlackBotIdentity(a.UserId!)).FirstOrDefault()
            ?? new SlackBotIdentity("");
    }

    internal void Set(SlackBotIdentity identity) => _identity = identity;

    private SlackBotIdentity? Configured() =>
        string.IsNullOrWhiteSpace(options.Value.BotUserId) ? null : new SlackBotIdentity(options.Value.BotUserId.Trim());
}
