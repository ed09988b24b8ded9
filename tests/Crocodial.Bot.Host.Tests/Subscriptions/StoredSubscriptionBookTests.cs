using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Delivery;
using Crocodial.Bot.Host.Storage;
using Crocodial.Bot.Host.Subscriptions;
using Crocodial.Bot.Host.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Host.Tests.Subscriptions;

/// <summary>The book as the app composes it: the real SQLite store of a test app, a fake clock, a recording poster.</summary>
public sealed class StoredSubscriptionBookTests : IAsyncLifetime
{
    // Friday 28 March 2025, 06:00 UTC: Madrid is UTC+1 until Sunday's spring-forward.
    private static readonly DateTimeOffset Start = new(2025, 3, 28, 6, 0, 0, TimeSpan.Zero);
    private static readonly SubscriptionChannel Here = SubscriptionChannel.ForSlack("T1", "C1");
    private static readonly SubscriptionChannel Elsewhere = SubscriptionChannel.ForSlack("T1", "C2");

    private readonly FakeTimeProvider _time = new(Start);
    private readonly RecordingPoster _poster = new();
    private BotFactory _root = null!;
    private WebApplicationFactory<Program> _factory = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ISubscriptionBook Book => _factory.Services.GetRequiredService<ISubscriptionBook>();

    private ISubscriptionStore Store => _factory.Services.GetRequiredService<ISubscriptionStore>();

    public ValueTask InitializeAsync()
    {
        _root = new BotFactory();
        _factory = _root.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(_time);
            s.AddSingleton<IDailyPoster>(_poster);
        }));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
    }

    [Fact]
    public void App_UsesTheStoredBook_NotTheTerminalsDefault() =>
        Assert.IsType<StoredSubscriptionBook>(Book);

    [Fact]
    public async Task Add_GivesAnIdAndTheNextRun_InTheSubscriptionsZone()
    {
        var entry = await Book.AddAsync(Daily(Here, 8, 0, "Europe/Madrid"), Ct);

        Assert.True(entry.Subscription.Id > 0);
        Assert.Equal(new DateTimeOffset(2025, 3, 28, 7, 0, 0, TimeSpan.Zero), entry.NextRunAt);
        Assert.Null(entry.LastDelivery);
    }

    [Fact]
    public async Task List_AcrossSpringForward_NextRunIsEightOclockSummerTime()
    {
        await Book.AddAsync(Daily(Here, 8, 0, "Europe/Madrid"), Ct);
        _time.SetUtcNow(new DateTimeOffset(2025, 3, 29, 8, 0, 0, TimeSpan.Zero));

        var entry = Assert.Single(await Book.ListAsync(Here, Ct));

        // Sunday 30 March, 08:00 CEST (UTC+2).
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 6, 0, 0, TimeSpan.Zero), entry.NextRunAt);
    }

    [Fact]
    public async Task List_ShowsTheLatestRecordedDay_OldestSubscriptionFirst()
    {
        var first = await Book.AddAsync(Daily(Here, 8, 0, "UTC"), Ct);
        var second = await Book.AddAsync(Daily(Here, 9, 30, "UTC"), Ct);
        var day = new DateOnly(2025, 3, 28);
        Assert.True(await Store.TryClaimAsync(first.Subscription.Id, day, "test", Start, Start.AddMinutes(10), Ct));
        Assert.True(await Store.RecordOutcomeAsync(first.Subscription.Id, day, "test", DeliveryOutcome.Posted, Start.AddMinutes(1), "1.2", null, Ct));

        var entries = await Book.ListAsync(Here, Ct);

        Assert.Equal([first.Subscription.Id, second.Subscription.Id], entries.Select(e => e.Subscription.Id));
        Assert.Equal(DeliveryOutcome.Posted, entries[0].LastDelivery?.Outcome);
        Assert.Equal(day, entries[0].LastDelivery?.LocalDate);
        Assert.Null(entries[1].LastDelivery);
    }

    [Fact]
    public async Task AnotherChannel_NeitherSeesNorRemovesNorSends()
    {
        var mine = await Book.AddAsync(Daily(Here, 8, 0, "UTC"), Ct);

        Assert.Empty(await Book.ListAsync(Elsewhere, Ct));
        Assert.False(await Book.RemoveAsync(mine.Subscription.Id, Elsewhere, Ct));
        Assert.Equal(0, await Book.RemoveAllAsync(Elsewhere, Ct));
        Assert.Equal(SendNowResult.NotFound, await Book.SendNowAsync(mine.Subscription.Id, Elsewhere, Ct));
        Assert.Empty(_poster.Sent);
        Assert.Single(await Book.ListAsync(Here, Ct));
    }

    [Fact]
    public async Task Remove_ThenRemoveAll_CountOnlyWhatWasActiveHere()
    {
        var one = await Book.AddAsync(Daily(Here, 8, 0, "UTC"), Ct);
        await Book.AddAsync(Daily(Here, 9, 0, "UTC"), Ct);
        await Book.AddAsync(Daily(Here, 10, 0, "UTC"), Ct);
        await Book.AddAsync(Daily(Elsewhere, 8, 0, "UTC"), Ct);

        Assert.True(await Book.RemoveAsync(one.Subscription.Id, Here, Ct));
        Assert.False(await Book.RemoveAsync(one.Subscription.Id, Here, Ct));
        Assert.Equal(2, await Book.RemoveAllAsync(Here, Ct));

        Assert.Empty(await Book.ListAsync(Here, Ct));
        Assert.Single(await Book.ListAsync(Elsewhere, Ct));
    }

    [Fact]
    public async Task SendNow_HandsTheSubscriptionToThePoster_AndRecordsNoDelivery()
    {
        var entry = await Book.AddAsync(Daily(Here, 8, 0, "UTC"), Ct);

        var result = await Book.SendNowAsync(entry.Subscription.Id, Here, Ct);

        Assert.True(result.Posted);
        Assert.Equal(entry.Subscription.Id, Assert.Single(_poster.Sent).Id);
        Assert.Null(Assert.Single(await Book.ListAsync(Here, Ct)).LastDelivery);
    }

    [Fact]
    public async Task SendNow_PosterProblem_IsTheAnswer()
    {
        var entry = await Book.AddAsync(Daily(Here, 8, 0, "UTC"), Ct);
        _poster.Problem = "The report service didn't answer; nothing was posted.";

        var result = await Book.SendNowAsync(entry.Subscription.Id, Here, Ct);

        Assert.True(result.Found);
        Assert.Equal(_poster.Problem, result.Problem);
    }

    [Fact]
    public async Task SendNow_RemovedSubscription_IsNotFound()
    {
        var entry = await Book.AddAsync(Daily(Here, 8, 0, "UTC"), Ct);
        await Book.RemoveAsync(entry.Subscription.Id, Here, Ct);

        Assert.False((await Book.SendNowAsync(entry.Subscription.Id, Here, Ct)).Found);
        Assert.Empty(_poster.Sent);
    }

    private NewSubscription Daily(SubscriptionChannel channel, int hour, int minute, string zone) => new()
    {
        Channel = channel,
        Tenants = ["TTY"],
        Days = NewSubscription.NormalizeDays([]),
        Time = new TimeOnly(hour, minute),
        Zone = zone,
        Content = SubscriptionContent.Summary,
        CreatedBy = "slack:U1",
        CreatedAt = _time.GetUtcNow(),
    };
}
