using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Core.Conversation;

/// <summary>
/// A question from any channel, reduced to what the bot needs: the words (mention already stripped),
/// where they came from (an <c>Access:Rules</c> channel key) and the asker's own zone, if known.
/// <see cref="Today"/> overrides the call centre's today (the terminal's <c>--today</c>).
/// </summary>
public sealed record ChatMessage(string Text, string ChannelKey, string? AskerTimeZone = null, DateOnly? Today = null)
{
    /// <summary>Who asked: <c>slack:U0123ABC</c> or <c>teams:&lt;Entra object id, else user id&gt;</c>; null from the terminal.</summary>
    public string? AskerId { get; init; }

    /// <summary>Where a subscription made here posts; null where none can be made (the terminal).</summary>
    public SubscriptionChannel? SubscriptionChannel { get; init; }
}
