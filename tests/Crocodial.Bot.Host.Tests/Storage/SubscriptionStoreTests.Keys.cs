using Crocodial.Bot.Host.Storage;

namespace Crocodial.Bot.Host.Tests.Storage;

public abstract partial class SubscriptionStoreTests
{
    [Fact]
    public async Task TryRemember_SameKey_OnlyTheFirstTimeUntilItExpires()
    {
        var store = await MigratedStoreAsync();

        Assert.True(await store.TryRememberAsync("slack:Ev01", Now.AddHours(1), Ct));
        Assert.False(await store.TryRememberAsync("slack:Ev01", Now.AddHours(1), Ct));
        Assert.True(await store.TryRememberAsync("slack:Ev02", Now.AddHours(1), Ct));

        Time.Advance(TimeSpan.FromHours(1));
        Assert.True(await store.TryRememberAsync("slack:Ev01", Now.AddHours(1), Ct));
        Assert.False(await store.TryRememberAsync("slack:Ev01", Now.AddHours(1), Ct));
    }

    [Fact]
    public async Task TryRemember_ManyTasksOnTwoStores_ExactlyOneFirstPerKey()
    {
        var first = await MigratedStoreAsync();
        var second = await CreateStoreAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            var key = $"teams:activity-{i % 3}";
            return (key, first: await (i % 2 == 0 ? first : second).TryRememberAsync(key, Now.AddMinutes(10), Ct));
        }, Ct)));

        Assert.All(results.GroupBy(r => r.key), g => Assert.Single(g, r => r.first));
    }

    [Fact]
    public async Task PurgeExpiredKeys_RemovesOnlyExpiredOnes()
    {
        var store = await MigratedStoreAsync();
        await store.TryRememberAsync("old", Now.AddMinutes(5), Ct);
        await store.TryRememberAsync("new", Now.AddMinutes(50), Ct);
        Time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(1, await store.PurgeExpiredKeysAsync(Ct));
        Assert.False(await store.TryRememberAsync("new", Now.AddMinutes(50), Ct));
        Assert.True(await store.TryRememberAsync("old", Now.AddMinutes(50), Ct));
    }

    [Fact]
    public async Task ConversationReference_UpsertGetDeactivate_ReactivatesOnNextUpsert()
    {
        var store = await MigratedStoreAsync();
        var reference = new StoredConversationReference("19:abc@thread.tacv2", "tenant-1", "https://smba.trafficmanager.net/emea/tenant-1/", """{"serviceUrl":"a"}""", Now);

        Assert.Null(await store.GetConversationReferenceAsync(reference.ConversationId, Ct));
        await store.UpsertConversationReferenceAsync(reference, Ct);
        await store.UpsertConversationReferenceAsync(reference with { ReferenceJson = """{"serviceUrl":"b"}""", UpdatedAt = Now.AddDays(1) }, Ct);
        Assert.Equal(reference with { ReferenceJson = """{"serviceUrl":"b"}""", UpdatedAt = Now.AddDays(1) }, await store.GetConversationReferenceAsync(reference.ConversationId, Ct));

        Assert.True(await store.DeactivateConversationReferenceAsync(reference.ConversationId, Ct));
        Assert.False(await store.DeactivateConversationReferenceAsync(reference.ConversationId, Ct));
        Assert.False((await store.GetConversationReferenceAsync(reference.ConversationId, Ct))!.Active);

        await store.UpsertConversationReferenceAsync(reference, Ct);
        Assert.True((await store.GetConversationReferenceAsync(reference.ConversationId, Ct))!.Active);
    }
}
