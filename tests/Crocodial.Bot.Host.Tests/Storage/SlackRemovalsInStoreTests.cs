using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Storage;
using Crocodial.Bot.Slack.Events;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Host.Tests.Storage;

public sealed class SlackRemovalsInStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("crocodial-removals-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 11, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task BotLeftOneChannel_StopsOnlyThatChannelsSubscriptions()
    {
        var (store, removals) = await SetUpAsync();

        await removals.RemovedAsync(new SlackRemoval(SlackEventKind.RemovedFromChannel, "T1", "C1"), TestContext.Current.CancellationToken);

        var active = await store.ListActiveAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["T1/C2", "T2/C1"], active.Select(s => s.Channel.Address).Order());
    }

    [Fact]
    public async Task AppUninstalled_StopsEveryChannelOfThatWorkspace()
    {
        var (store, removals) = await SetUpAsync();

        await removals.RemovedAsync(new SlackRemoval(SlackEventKind.AppUninstalled, "T1", null), TestContext.Current.CancellationToken);

        var active = await store.ListActiveAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["T2/C1"], active.Select(s => s.Channel.Address));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<(SqliteSubscriptionStore Store, SlackRemovalsInStore Removals)> SetUpAsync()
    {
        var store = new SqliteSubscriptionStore($"Data Source={Path.Combine(_directory, "crocodial.db")}", _time);
        var ct = TestContext.Current.CancellationToken;
        await store.MigrateAsync(ct);
        foreach (var (team, channel) in new[] { ("T1", "C1"), ("T1", "C2"), ("T2", "C1") })
        {
            await store.AddAsync(
                new NewSubscription
                {
                    Channel = SubscriptionChannel.ForSlack(team, channel),
                    Tenants = ["TTY"],
                    Days = [DayOfWeek.Monday],
                    Time = new TimeOnly(8, 0),
                    Zone = "UTC",
                    Content = SubscriptionContent.Summary,
                    SkipEmpty = false,
                    CreatedBy = "U1",
                    CreatedAt = _time.GetUtcNow(),
                },
                ct);
        }

        return (store, new SlackRemovalsInStore(store, NullLogger<SlackRemovalsInStore>.Instance));
    }
}
