using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Storage;
using Crocodial.Bot.Teams.Activities;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Host.Tests.Storage;

public sealed class DurableConversationReferencesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("crocodial-refs-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 11, 8, 0, 0, TimeSpan.Zero));
    private SqliteSubscriptionStore? _store;

    private static readonly ConversationReference Channel = new(
        "https://smba.trafficmanager.net/emea/", "msteams", "19:abc@thread.tacv2;messageid=1712345", "channel",
        "tenant-1", "28:bot", "Crocodial", "29:user", null, "en-US", "Europe/Madrid", "19:team@thread.tacv2", "19:abc@thread.tacv2");

    [Fact]
    public async Task Save_ThenGet_SurvivesANewStoreOnTheSameFile()
    {
        var first = await ReferencesAsync();
        Assert.True(await first.SaveAsync(Channel, TestContext.Current.CancellationToken));

        var second = await ReferencesAsync();
        var stored = await second.GetAsync("19:abc@thread.tacv2", TestContext.Current.CancellationToken);

        Assert.NotNull(stored);
        Assert.True(stored.IsActive);
        Assert.Equal(Channel, stored.Reference);
    }

    [Fact]
    public async Task SaveAgain_WhileActive_IsNotNew_AfterDeactivate_IsNewAgain()
    {
        var references = await ReferencesAsync();
        var ct = TestContext.Current.CancellationToken;

        Assert.True(await references.SaveAsync(Channel, ct));
        Assert.False(await references.SaveAsync(Channel, ct));
        await references.DeactivateAsync(Channel.ConversationId, ct);
        Assert.False((await references.GetAsync(Channel.ConversationId, ct))!.IsActive);
        Assert.True(await references.SaveAsync(Channel, ct));
    }

    [Fact]
    public async Task Deactivate_StopsTheSubscriptionsOfThatConversationOnly()
    {
        var references = await ReferencesAsync();
        var ct = TestContext.Current.CancellationToken;
        await references.SaveAsync(Channel, ct);
        foreach (var conversation in new[] { "19:abc@thread.tacv2", "19:other@thread.tacv2" })
        {
            await _store!.AddAsync(
                new NewSubscription
                {
                    Channel = SubscriptionChannel.ForTeams("tenant-1", conversation),
                    Tenants = ["TTY"],
                    Days = [DayOfWeek.Monday],
                    Time = new TimeOnly(8, 0),
                    Zone = "UTC",
                    CreatedBy = "teams:1",
                    CreatedAt = _time.GetUtcNow(),
                },
                ct);
        }

        await references.DeactivateAsync(Channel.ConversationId, ct);

        var active = await _store!.ListActiveAsync(ct);
        Assert.Equal(["19:other@thread.tacv2"], active.Select(s => s.Channel.Address));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<DurableConversationReferences> ReferencesAsync()
    {
        var store = new SqliteSubscriptionStore($"Data Source={Path.Combine(_directory, "crocodial.db")}", _time);
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        _store = store;
        return new DurableConversationReferences(store, _time, NullLogger<DurableConversationReferences>.Instance);
    }
}
