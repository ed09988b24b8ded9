using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Storage;

namespace Crocodial.Bot.Host.Tests.Subscriptions;

/// <summary>A subscription put straight into the store, for cases about what happens to existing ones.</summary>
internal static class Seed
{
    public static async Task<long> AddAsync(ISubscriptionStore store, SubscriptionChannel channel, TimeOnly time, TimeProvider clock)
    {
        var stored = await store.AddAsync(new NewSubscription
        {
            Channel = channel,
            Tenants = ["TTY"],
            Days = NewSubscription.NormalizeDays([]),
            Time = time,
            Zone = "Europe/Madrid",
            CreatedBy = "seed",
            CreatedAt = clock.GetUtcNow(),
        }, TestContext.Current.CancellationToken);
        return stored.Id;
    }
}
