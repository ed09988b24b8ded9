using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Host.Delivery;

/// <summary>
/// What one attempt of a delivery came to: an outcome to record (<see cref="Outcome"/> set), or a transient failure
/// to retry. <see cref="Notice"/> is the sentence for the channel should the delivery end as failed or skipped here;
/// <see cref="Removed"/> means the bot can no longer post in that channel.
/// </summary>
internal sealed record DeliveryStep(
    DeliveryOutcome? Outcome,
    string? MessageId,
    string? Error,
    string? Notice = null,
    bool MayExist = false,
    bool Removed = false)
{
    public static DeliveryStep Done(DeliveryOutcome outcome, string? messageId = null, string? error = null, string? notice = null) =>
        new(outcome, messageId, error, notice);

    public static DeliveryStep Retry(string error, string notice, bool mayExist = false) =>
        new(null, null, error, notice, mayExist);
}
