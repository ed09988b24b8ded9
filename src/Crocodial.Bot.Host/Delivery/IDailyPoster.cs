using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Host.Delivery;

/// <summary>Builds a subscription's summary and posts it into its channel, outside the schedule.</summary>
internal interface IDailyPoster
{
    /// <summary>
    /// <c>subscription 7 send now</c>: fetches and posts at once (even on a day without calls), records no
    /// delivery and leaves the schedule alone. Null when posted; else one sentence for the asker.
    /// </summary>
    Task<string?> SendNowAsync(Subscription subscription, CancellationToken cancellationToken);
}
