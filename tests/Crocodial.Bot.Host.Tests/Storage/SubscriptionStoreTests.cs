using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Host.Tests.Storage;

/// <summary>
/// What every store must do, run against each real database by a concrete subclass. "Two stores" means two
/// independent instances (connection pools) on one database, as two processes would have.
/// </summary>
public abstract partial class SubscriptionStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 28, 6, 0, 0, TimeSpan.Zero);

    protected static readonly SubscriptionChannel SlackChannel = SubscriptionChannel.ForSlack("T0123", "C0456");

    protected static readonly SubscriptionChannel OtherSlackChannel = SubscriptionChannel.ForSlack("T0123", "C0999");

    protected static readonly SubscriptionChannel TeamsChannel = SubscriptionChannel.ForTeams("tenant-1", "19:abc@thread.tacv2;messageid=1700");

    private static readonly DateOnly Day = new(2025, 3, 28);

    internal FakeTimeProvider Time { get; } = new(Start);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, unmigrated store instance on this test's database (the same database every call).</summary>
    internal abstract Task<SqlSubscriptionStore> CreateStoreAsync();

    protected abstract Task DropDatabaseAsync();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await DropDatabaseAsync();
        GC.SuppressFinalize(this);
    }

    internal async Task<SqlSubscriptionStore> MigratedStoreAsync()
    {
        var store = await CreateStoreAsync();
        await store.MigrateAsync(Ct);
        return store;
    }

    private static NewSubscription NewSub(SubscriptionChannel channel, string tenant = "TTY") => new()
    {
        Channel = channel,
        Tenants = [tenant, "AAA"],
        Days = [DayOfWeek.Monday, DayOfWeek.Friday],
        Time = new TimeOnly(7, 30),
        Zone = "Europe/Madrid",
        Content = SubscriptionContent.TableAndComparison,
        SkipEmpty = true,
        CreatedBy = "U042",
        CreatedAt = Start,
    };

    [Fact]
    public async Task Migrate_Twice_IsANoOp()
    {
        var store = await MigratedStoreAsync();
        var added = await store.AddAsync(NewSub(SlackChannel), Ct);
        await store.MigrateAsync(Ct);
        await (await CreateStoreAsync()).MigrateAsync(Ct);

        Assert.Equal(1, await store.SchemaVersionAsync(Ct));
        Assert.NotNull(await store.GetAsync(added.Id, Ct));
    }

    [Fact]
    public async Task Migrate_FromSeveralStoresAtOnce_AllSucceedOnce()
    {
        var stores = new List<SqlSubscriptionStore>();
        for (var i = 0; i < 4; i++)
        {
            stores.Add(await CreateStoreAsync());
        }

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.MigrateAsync(Ct), Ct)));

        Assert.Equal(1, await stores[0].SchemaVersionAsync(Ct));
        Assert.Equal(1, (await stores[3].AddAsync(NewSub(SlackChannel), Ct)).Id);
    }

    [Fact]
    public async Task Add_ThenGet_RoundTripsEveryField()
    {
        var store = await MigratedStoreAsync();
        var added = await store.AddAsync(NewSub(TeamsChannel), Ct);

        var read = await store.GetAsync(added.Id, Ct);

        Assert.NotNull(read);
        Assert.Equal(added.Id, read.Id);
        Assert.Equal(TeamsChannel, read.Channel);
        Assert.Equal("19:abc@thread.tacv2", read.Channel.Address);
        Assert.Equal(["TTY", "AAA"], read.Tenants);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Friday], read.Days);
        Assert.Equal(new TimeOnly(7, 30), read.Time);
        Assert.Equal("Europe/Madrid", read.Zone);
        Assert.Equal(SubscriptionContent.TableAndComparison, read.Content);
        Assert.True(read.SkipEmpty);
        Assert.Equal("U042", read.CreatedBy);
        Assert.Equal(Start, read.CreatedAt);
        Assert.True(read.Active);
        Assert.Null(await store.GetAsync(added.Id + 100, Ct));
    }

    [Fact]
    public async Task Ids_AfterDeactivation_AreNeverReused()
    {
        var store = await MigratedStoreAsync();
        var first = await store.AddAsync(NewSub(SlackChannel), Ct);
        var second = await store.AddAsync(NewSub(SlackChannel), Ct);
        await store.DeactivateAllAsync(SlackChannel, Ct);

        var third = await store.AddAsync(NewSub(SlackChannel), Ct);

        Assert.True(second.Id > first.Id);
        Assert.True(third.Id > second.Id);
    }

    [Fact]
    public async Task ListForChannel_ShowsOnlyThatChannelsActiveOnes_OldestFirst()
    {
        var store = await MigratedStoreAsync();
        var a = await store.AddAsync(NewSub(SlackChannel, "TTY"), Ct);
        var b = await store.AddAsync(NewSub(SlackChannel, "BBB"), Ct);
        var other = await store.AddAsync(NewSub(OtherSlackChannel), Ct);
        var gone = await store.AddAsync(NewSub(SlackChannel, "CCC"), Ct);
        Assert.True(await store.DeactivateAsync(gone.Id, SlackChannel, Ct));

        var listed = await store.ListForChannelAsync(SlackChannel, Ct);
        var active = await store.ListActiveAsync(Ct);

        Assert.Equal([a.Id, b.Id], listed.Select(s => s.Id));
        Assert.Equal([a.Id, b.Id, other.Id], active.Select(s => s.Id));
        Assert.False((await store.GetAsync(gone.Id, Ct))!.Active);
    }

    [Fact]
    public async Task Deactivate_AnotherChannelsSubscription_IsRefused()
    {
        var store = await MigratedStoreAsync();
        var theirs = await store.AddAsync(NewSub(OtherSlackChannel), Ct);

        Assert.False(await store.DeactivateAsync(theirs.Id, SlackChannel, Ct));
        Assert.True((await store.GetAsync(theirs.Id, Ct))!.Active);
        Assert.True(await store.DeactivateAsync(theirs.Id, OtherSlackChannel, Ct));
        Assert.False(await store.DeactivateAsync(theirs.Id, OtherSlackChannel, Ct));
    }

    [Fact]
    public async Task DeactivateAll_ForChannel_LeavesOtherChannels()
    {
        var store = await MigratedStoreAsync();
        await store.AddAsync(NewSub(SlackChannel), Ct);
        await store.AddAsync(NewSub(SlackChannel), Ct);
        var other = await store.AddAsync(NewSub(OtherSlackChannel), Ct);

        Assert.Equal(2, await store.DeactivateAllAsync(SlackChannel, Ct));
        Assert.Equal(0, await store.DeactivateAllAsync(SlackChannel, Ct));
        Assert.Equal([other.Id], (await store.ListActiveAsync(Ct)).Select(s => s.Id));
    }

    [Fact]
    public async Task DeactivateByAddress_BotRemoved_MatchesWhateverTheChannelKey()
    {
        var store = await MigratedStoreAsync();
        await store.AddAsync(NewSub(SlackChannel with { Key = "slack:T0123/C0456-old" }), Ct);
        await store.AddAsync(NewSub(SlackChannel), Ct);
        var teams = await store.AddAsync(NewSub(TeamsChannel), Ct);

        Assert.Equal(2, await store.DeactivateByAddressAsync(ChatPlatform.Slack, "T0123/C0456", Ct));
        Assert.Equal(0, await store.DeactivateByAddressAsync(ChatPlatform.Slack, "19:abc@thread.tacv2", Ct));
        Assert.Equal([teams.Id], (await store.ListActiveAsync(Ct)).Select(s => s.Id));
        Assert.Equal(1, await store.DeactivateByAddressAsync(ChatPlatform.Teams, "19:abc@thread.tacv2", Ct));
    }

    [Fact]
    public async Task DeactivateWorkspace_AppUninstalled_EndsEveryChannelOfThatTeamOnly()
    {
        var store = await MigratedStoreAsync();
        await store.AddAsync(NewSub(SlackChannel), Ct);
        await store.AddAsync(NewSub(OtherSlackChannel), Ct);
        var otherTeam = await store.AddAsync(NewSub(SubscriptionChannel.ForSlack("T0123X", "C1")), Ct);

        Assert.Equal(2, await store.DeactivateWorkspaceAsync(ChatPlatform.Slack, "T0123", Ct));
        Assert.Equal([otherTeam.Id], (await store.ListActiveAsync(Ct)).Select(s => s.Id));
    }
}
