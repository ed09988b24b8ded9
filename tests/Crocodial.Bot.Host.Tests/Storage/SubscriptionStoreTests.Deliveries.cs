using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Host.Tests.Storage;

public abstract partial class SubscriptionStoreTests
{
    private DateTimeOffset Now => Time.GetUtcNow();

    [Fact]
    public async Task TryClaim_SameDayTwice_OnlyTheFirstWins()
    {
        var store = await MigratedStoreAsync();
        var sub = await store.AddAsync(NewSub(SlackChannel), Ct);

        Assert.True(await store.TryClaimAsync(sub.Id, Day, "a", Now, Now.AddMinutes(10), Ct));
        Assert.False(await store.TryClaimAsync(sub.Id, Day, "b", Now, Now.AddMinutes(10), Ct));
        Assert.True(await store.TryClaimAsync(sub.Id, Day.AddDays(1), "b", Now, Now.AddMinutes(10), Ct));

        var claim = await store.GetDeliveryAsync(sub.Id, Day, Ct);
        Assert.NotNull(claim);
        Assert.Equal("a", claim.ClaimedBy);
        Assert.Equal(Now.AddMinutes(10), claim.LeaseUntil);
        Assert.Equal(1, claim.Attempt);
        Assert.Null(claim.Outcome);
    }

    [Fact]
    public async Task TryClaim_ManyTasksOnTwoStores_ExactlyOneWinnerPerSubscriptionAndDay()
    {
        var first = await MigratedStoreAsync();
        var second = await CreateStoreAsync();
        var subs = new List<Subscription>();
        for (var i = 0; i < 3; i++)
        {
            subs.Add(await first.AddAsync(NewSub(SlackChannel), Ct));
        }

        var attempts = from sub in subs
                       from day in new[] { Day, Day.AddDays(1) }
                       from contender in Enumerable.Range(0, 8)
                       select (sub.Id, day, contender);
        var results = await Task.WhenAll(attempts.Select(a => Task.Run(async () =>
        {
            var store = a.contender % 2 == 0 ? first : second;
            var won = await store.TryClaimAsync(a.Id, a.day, $"instance-{a.contender}", Now, Now.AddMinutes(10), Ct);
            return (a.Id, a.day, a.contender, won);
        }, Ct)));

        foreach (var group in results.GroupBy(r => (r.Id, r.day)))
        {
            var winner = Assert.Single(group, r => r.won);
            Assert.Equal($"instance-{winner.contender}", (await second.GetDeliveryAsync(group.Key.Id, group.Key.day, Ct))!.ClaimedBy);
        }
    }

    [Fact]
    public async Task TakeOver_LiveLease_IsRefused()
    {
        var store = await MigratedStoreAsync();
        var sub = await store.AddAsync(NewSub(SlackChannel), Ct);
        await store.TryClaimAsync(sub.Id, Day, "a", Now, Now.AddMinutes(10), Ct);

        Assert.Empty(await store.FindExpiredClaimsAsync(Now.AddMinutes(9), Ct));
        Assert.False(await store.TakeOverExpiredClaimAsync(sub.Id, Day, "b", Now.AddMinutes(9), Now.AddMinutes(19), Ct));
    }

    [Fact]
    public async Task TakeOver_ExpiredLeaseFromManyTasksOnTwoStores_ExactlyOneWins()
    {
        var first = await MigratedStoreAsync();
        var second = await CreateStoreAsync();
        var sub = await first.AddAsync(NewSub(SlackChannel), Ct);
        await first.TryClaimAsync(sub.Id, Day, "crashed", Now, Now.AddMinutes(10), Ct);
        var later = Now.AddMinutes(11);

        var expired = Assert.Single(await second.FindExpiredClaimsAsync(later, Ct));
        Assert.Equal((sub.Id, Day, "crashed"), (expired.SubscriptionId, expired.LocalDate, expired.ClaimedBy));

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var store = i % 2 == 0 ? first : second;
            return (i, won: await store.TakeOverExpiredClaimAsync(sub.Id, Day, $"instance-{i}", later, later.AddMinutes(10), Ct));
        }, Ct)));

        var winner = Assert.Single(results, r => r.won);
        var claim = (await first.GetDeliveryAsync(sub.Id, Day, Ct))!;
        Assert.Equal($"instance-{winner.i}", claim.ClaimedBy);
        Assert.Equal(2, claim.Attempt);
        Assert.Equal(later.AddMinutes(10), claim.LeaseUntil);
        Assert.Empty(await first.FindExpiredClaimsAsync(later, Ct));

        // The crashed instance coming back late cannot overwrite the new owner's delivery.
        Assert.False(await first.RecordOutcomeAsync(sub.Id, Day, "crashed", DeliveryOutcome.Posted, later, "1.1", null, Ct));
        Assert.True(await second.RecordOutcomeAsync(sub.Id, Day, $"instance-{winner.i}", DeliveryOutcome.Posted, later, "1.2", null, Ct));
    }

    [Fact]
    public async Task ExtendLease_OwnOpenClaim_KeepsItFromBeingTakenOver()
    {
        var store = await MigratedStoreAsync();
        var other = await CreateStoreAsync();
        var sub = await store.AddAsync(NewSub(SlackChannel), Ct);
        await store.TryClaimAsync(sub.Id, Day, "a", Now, Now.AddMinutes(10), Ct);

        Assert.False(await other.ExtendLeaseAsync(sub.Id, Day, "b", Now.AddMinutes(30), Ct));
        Assert.True(await store.ExtendLeaseAsync(sub.Id, Day, "a", Now.AddMinutes(20), Ct));

        Assert.Equal(Now.AddMinutes(20), (await store.GetDeliveryAsync(sub.Id, Day, Ct))!.LeaseUntil);
        Assert.Empty(await other.FindExpiredClaimsAsync(Now.AddMinutes(15), Ct));
        Assert.False(await other.TakeOverExpiredClaimAsync(sub.Id, Day, "b", Now.AddMinutes(15), Now.AddMinutes(25), Ct));
    }

    [Fact]
    public async Task ExtendLease_AfterTakeOverOrOutcome_IsRefused()
    {
        var store = await MigratedStoreAsync();
        var sub = await store.AddAsync(NewSub(SlackChannel), Ct);
        await store.TryClaimAsync(sub.Id, Day, "a", Now, Now.AddMinutes(10), Ct);
        Assert.True(await store.TakeOverExpiredClaimAsync(sub.Id, Day, "b", Now.AddMinutes(11), Now.AddMinutes(21), Ct));

        Assert.False(await store.ExtendLeaseAsync(sub.Id, Day, "a", Now.AddMinutes(40), Ct));
        Assert.True(await store.RecordOutcomeAsync(sub.Id, Day, "b", DeliveryOutcome.Posted, Now.AddMinutes(12), "1.1", null, Ct));
        Assert.False(await store.ExtendLeaseAsync(sub.Id, Day, "b", Now.AddMinutes(40), Ct));
        Assert.Equal(Now.AddMinutes(21), (await store.GetDeliveryAsync(sub.Id, Day, Ct))!.LeaseUntil);
    }

    [Fact]
    public async Task RecordOutcome_CompletesTheClaimOnce()
    {
        var store = await MigratedStoreAsync();
        var sub = await store.AddAsync(NewSub(SlackChannel), Ct);
        await store.TryClaimAsync(sub.Id, Day, "a", Now, Now.AddMinutes(10), Ct);

        Assert.True(await store.RecordOutcomeAsync(sub.Id, Day, "a", DeliveryOutcome.Failed, Now.AddMinutes(1), null, "Slack answered 500", Ct));
        Assert.False(await store.RecordOutcomeAsync(sub.Id, Day, "a", DeliveryOutcome.Posted, Now.AddMinutes(2), "1.1", null, Ct));

        var record = (await store.GetDeliveryAsync(sub.Id, Day, Ct))!;
        Assert.Equal(DeliveryOutcome.Failed, record.Outcome);
        Assert.Equal(Now.AddMinutes(1), record.OutcomeAt);
        Assert.Equal("Slack answered 500", record.Error);
        Assert.Null(record.MessageId);
        Assert.Empty(await store.FindExpiredClaimsAsync(Now.AddHours(1), Ct));
        Assert.False(await store.TakeOverExpiredClaimAsync(sub.Id, Day, "b", Now.AddHours(1), Now.AddHours(2), Ct));
    }

    [Fact]
    public async Task TryRecordMissed_NeverOverwritesAClaim()
    {
        var store = await MigratedStoreAsync();
        var sub = await store.AddAsync(NewSub(SlackChannel), Ct);
        await store.TryClaimAsync(sub.Id, Day, "a", Now, Now.AddMinutes(10), Ct);

        Assert.False(await store.TryRecordMissedAsync(sub.Id, Day, "b", Now, Ct));
        Assert.True(await store.TryRecordMissedAsync(sub.Id, Day.AddDays(-1), "b", Now, Ct));
        Assert.False(await store.TryClaimAsync(sub.Id, Day.AddDays(-1), "c", Now, Now.AddMinutes(10), Ct));

        Assert.Null((await store.GetDeliveryAsync(sub.Id, Day, Ct))!.Outcome);
        Assert.Equal(DeliveryOutcome.Missed, (await store.GetDeliveryAsync(sub.Id, Day.AddDays(-1), Ct))!.Outcome);
        Assert.DoesNotContain(await store.FindExpiredClaimsAsync(Now.AddDays(1), Ct), d => d.LocalDate == Day.AddDays(-1));
    }

    [Fact]
    public async Task LastDeliveries_AreTheLatestDayOfEachSubscription()
    {
        var store = await MigratedStoreAsync();
        var a = await store.AddAsync(NewSub(SlackChannel), Ct);
        var b = await store.AddAsync(NewSub(SlackChannel), Ct);
        var none = await store.AddAsync(NewSub(SlackChannel), Ct);
        foreach (var day in new[] { Day.AddDays(-1), Day, Day.AddDays(-2) })
        {
            await store.TryClaimAsync(a.Id, day, "x", Now, Now.AddMinutes(10), Ct);
        }

        await store.TryClaimAsync(b.Id, Day.AddDays(-5), "x", Now, Now.AddMinutes(10), Ct);
        await store.RecordOutcomeAsync(b.Id, Day.AddDays(-5), "x", DeliveryOutcome.Posted, Now, "1700.01", null, Ct);

        var last = await store.GetLastDeliveriesAsync([a.Id, b.Id, none.Id], Ct);

        Assert.Equal(2, last.Count);
        Assert.Equal(Day, last[a.Id].LocalDate);
        Assert.Equal("1700.01", last[b.Id].MessageId);
        Assert.Equal(DeliveryOutcome.Posted, last[b.Id].Outcome);
        Assert.Empty(await store.GetLastDeliveriesAsync([], Ct));
    }
}
