using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Core.Tests.Subscriptions;

public class NewSubscriptionTests
{
    private static readonly DateTimeOffset At = new(2025, 5, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2025, 5, 20);

    private static SubscriptionRequest Parse(string text) =>
        CommandParser.Parse(text, Today, DayOfWeek.Monday).Subscription ?? throw new InvalidOperationException("not a subscribe command");

    [Fact]
    public void From_ParsedCommand_CarriesEveryPart()
    {
        var request = Parse("subscribe weekdays at 7:30 Europe/Madrid for AAA and BBB with table and comparison skip empty");

        var subscription = NewSubscription.From(request, SubscriptionChannel.ForSlack("T1", "C2"), ["aaa", "BBB", "AAA"], "UTC", "U9", At);

        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], subscription.Days);
        Assert.Equal(new TimeOnly(7, 30), subscription.Time);
        Assert.Equal("Europe/Madrid", subscription.Zone);
        Assert.Equal(SubscriptionContent.TableAndComparison, subscription.Content);
        Assert.True(subscription.SkipEmpty);
        Assert.Equal(["AAA", "BBB"], subscription.Tenants);
        Assert.Equal(("U9", At), (subscription.CreatedBy, subscription.CreatedAt));
        Assert.Equal("slack:T1/C2", subscription.Channel.Key);
    }

    [Fact]
    public void From_NoZoneInTheCommand_TakesTheDefaultZone()
    {
        var subscription = NewSubscription.From(Parse("subscribe daily at 8"), SubscriptionChannel.ForSlack("T1", "C2"), [], "America/New_York", "U9", At);

        Assert.Equal("America/New_York", subscription.Zone);
        Assert.Equal(7, subscription.Days.Count);
        Assert.Equal(DayOfWeek.Monday, subscription.Days[0]);
        Assert.Empty(subscription.Tenants);
    }

    [Fact]
    public void From_CommandWithATimeProblem_Throws()
    {
        var request = Parse("subscribe daily for TTY");

        Assert.False(request.IsValid);
        Assert.Throws<ArgumentException>(() => NewSubscription.From(request, SubscriptionChannel.ForSlack("T1", "C2"), [], "UTC", "U9", At));
    }

    [Fact]
    public void From_UnknownDefaultZone_Throws() =>
        Assert.Throws<ArgumentException>(() => NewSubscription.From(Parse("subscribe daily at 8"), SubscriptionChannel.ForSlack("T1", "C2"), [], "Mars/Base", "U9", At));

    [Fact]
    public void WithId_KeepsEverythingAndIsActive()
    {
        var subscription = NewSubscription.From(Parse("subscribe mondays at 9am in UTC"), SubscriptionChannel.ForSlack("T1", "C2"), ["TTY"], "UTC", "U9", At).WithId(7);

        Assert.Equal(7, subscription.Id);
        Assert.True(subscription.Active);
        Assert.Equal([DayOfWeek.Monday], subscription.Days);
        Assert.Equal(new TimeOnly(9, 0), subscription.Time);
    }

    [Fact]
    public void ForTeams_ThreadId_AddressesTheChannelNotTheThread()
    {
        var channel = SubscriptionChannel.ForTeams("tenant-1", "19:abc@thread.tacv2;messageid=1700000000");

        Assert.Equal(ChatPlatform.Teams, channel.Platform);
        Assert.Equal("19:abc@thread.tacv2", channel.Address);
        Assert.Equal("teams:tenant-1/19:abc@thread.tacv2", channel.Key);
    }

    [Fact]
    public void NormalizeDays_UnorderedWithRepeats_IsDistinctMondayFirst() =>
        Assert.Equal(
            [DayOfWeek.Monday, DayOfWeek.Saturday, DayOfWeek.Sunday],
            NewSubscription.NormalizeDays([DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Saturday, DayOfWeek.Sunday]));
}
