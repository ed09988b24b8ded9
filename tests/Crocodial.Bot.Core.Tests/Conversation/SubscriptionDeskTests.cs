using Crocodial.Bot.Core.Access;
using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Conversation;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Core.Views;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Core.Tests.Conversation;

public class SubscriptionDeskTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 4, 15, 0, 0, TimeSpan.Zero);
    private static readonly SubscriptionChannel Here = SubscriptionChannel.ForSlack("T1", "C1");
    private static readonly SubscriptionChannel There = SubscriptionChannel.ForSlack("T1", "C2");

    private readonly InMemorySubscriptionBook _book = new();

    private SubscriptionDesk Desk(string managers = "", params AccessRule[] rules)
    {
        var time = new FakeTimeProvider(Now);
        var clock = new CallCentreClock(time, Options.Create(new CrocodialOptions { TimeZone = "America/Chicago" }));
        return new SubscriptionDesk(
            _book,
            new AccessPolicy(Options.Create(new AccessOptions { Rules = [.. rules] })),
            clock,
            time,
            Options.Create(new SubscriptionsOptions { Managers = managers }),
            Options.Create(new BotOptions()));
    }

    private static ChatMessage In(SubscriptionChannel? channel, string text, string? zone = null, string asker = "slack:U1") =>
        new(text, channel?.Key ?? ChannelKey.Cli, zone) { AskerId = asker, SubscriptionChannel = channel };

    private static Task<IChatView> Say(SubscriptionDesk desk, string text, SubscriptionChannel? channel = null, string? zone = null, string asker = "slack:U1")
    {
        var message = In(channel ?? Here, text, zone, asker);
        return desk.AnswerAsync(CommandParser.Parse(text, new DateOnly(2025, 6, 4), DayOfWeek.Monday), message, CancellationToken.None);
    }

    [Fact]
    public async Task Subscribe_StoresTheScheduleAndConfirmsWithIdAndFirstRun()
    {
        var view = Assert.IsType<SubscriptionsView>(await Say(Desk(), "subscribe daily at 8:00 for TTY", zone: "Europe/Madrid"));

        var stored = Assert.Single(_book.All);
        Assert.Equal(["TTY"], stored.Tenants);
        Assert.Equal(new TimeOnly(8, 0), stored.Time);
        Assert.Equal("Europe/Madrid", stored.Zone);
        Assert.Equal(7, stored.Days.Count);
        Assert.Equal("slack:U1", stored.CreatedBy);
        Assert.Equal(Now, stored.CreatedAt);
        Assert.Equal("Subscribed: #7", view.Title);
        Assert.Equal(
            "I'll post here every day at 08:00 in Europe/Madrid (your time zone). The first one is due Thu 5 Jun, 08:00.",
            view.Intro);
        var item = Assert.Single(view.Items);
        Assert.Equal("#7 · Daily at 08:00 (Europe/Madrid)", item.Heading);
        Assert.Equal(["Summary of the previous day, for TTY", "Next: Thu 5 Jun, 08:00", "Not posted yet"], item.Lines);
        Assert.Equal([new ViewAction("Send now", "subscription 7 send now"), new ViewAction("Unsubscribe", "unsubscribe 7") { Confirm = "Stop daily summary #7 in this channel?" }], item.Actions);
    }

    [Fact]
    public async Task Subscribe_NamedZoneDaysContentAndSkip_AreKept()
    {
        var view = Assert.IsType<SubscriptionsView>(await Say(Desk(),
            "subscribe weekdays at 7:30 Europe/Madrid for AAA and BBB with table and comparison skip empty", zone: "America/New_York"));

        var stored = Assert.Single(_book.All);
        Assert.Equal("Europe/Madrid", stored.Zone);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], stored.Days);
        Assert.Equal(SubscriptionContent.TableAndComparison, stored.Content);
        Assert.True(stored.SkipEmpty);
        Assert.StartsWith("I'll post here on weekdays at 07:30 in Europe/Madrid.", view.Intro, StringComparison.Ordinal);
        Assert.Equal(
            "Per-day table of the previous 7 days, compared with the 7 days before, for AAA, BBB; skipped on days without calls",
            view.Items[0].Lines[0]);
    }

    [Fact]
    public async Task Subscribe_WithoutAnyZone_UsesTheCallCentreZoneAndSaysSo()
    {
        var view = Assert.IsType<SubscriptionsView>(await Say(Desk(), "subscribe mondays and thursdays at 9am for TTY"));

        Assert.Equal("America/Chicago", Assert.Single(_book.All).Zone);
        Assert.Contains("on Mondays and Thursdays at 09:00 in America/Chicago (the call centre's time zone)", view.Intro, StringComparison.Ordinal);
        Assert.Equal("#7 · Mondays and Thursdays at 09:00 (America/Chicago)", view.Items[0].Heading);
    }

    [Theory]
    [InlineData("subscribe daily for TTY", "Tell me when to post: add a time such as “at 8:00” or “at 7:30 pm”.")]
    [InlineData("subscribe daily at 25:00 for TTY", "“25:00” isn't a time of day I can post at")]
    [InlineData("subscribe daily at 8:00 CET for TTY", "“CET” could mean several time zones; use a zone id such as Europe/Paris.")]
    [InlineData("subscribe daily at 8:00 in Mars/Olympus for TTY", "I don't know the time zone “mars/olympus”")]
    public async Task Subscribe_BadTimeOrZone_NamesTheBadPartShowsAnExampleAndStoresNothing(string text, string problem)
    {
        var view = Assert.IsType<ErrorView>(await Say(Desk(), text));

        Assert.StartsWith(problem, view.Problem, StringComparison.Ordinal);
        Assert.Contains("subscribe", view.Example, StringComparison.Ordinal);
        Assert.Empty(_book.All);
    }

    [Fact]
    public async Task Subscribe_TenantTheChannelMayNotSee_IsRefusedAndNothingStored()
    {
        var desk = Desk(rules: new AccessRule { Channel = "slack:T1/C1", Tenants = ["TTY"] });

        var view = Assert.IsType<ErrorView>(await Say(desk, "subscribe daily at 8:00 for AAA"));

        Assert.Equal("This channel can't see AAA — ask an admin.", view.Problem);
        Assert.Empty(_book.All);
    }

    [Fact]
    public async Task Subscribe_WhereTheBotCannotPost_SaysHowToFixItAndStoresNothing()
    {
        _book.CannotPost = "I'm not in this channel yet. Add me with /invite @Crocodial and try again.";

        var view = Assert.IsType<ErrorView>(await Say(Desk(), "subscribe daily at 8:00 for TTY"));

        Assert.Equal(_book.CannotPost, view.Problem);
        Assert.Empty(_book.All);
    }

    [Fact]
    public async Task Subscribe_TheSameScheduleTwice_KeepsOne()
    {
        var desk = Desk();
        await Say(desk, "subscribe daily at 8:00 for TTY");

        var view = Assert.IsType<SubscriptionsView>(await Say(desk, "subscribe every day at 08:00 for tty"));

        Assert.Equal("Already subscribed: #7", view.Title);
        Assert.Single(_book.All);
    }

    [Fact]
    public async Task FromTheTerminal_SubscriptionsAreExplainedNotStored()
    {
        var desk = Desk();
        var message = In(null, "subscribe daily at 8:00 for TTY");

        var view = Assert.IsType<ErrorView>(await desk.AnswerAsync(
            CommandParser.Parse(message.Text, new DateOnly(2025, 6, 4), DayOfWeek.Monday), message, CancellationToken.None));

        Assert.Contains("Teams or Slack channel", view.Problem, StringComparison.Ordinal);
        Assert.Equal("stats yesterday", view.Example);
        Assert.Empty(_book.All);
    }

    [Fact]
    public async Task Managers_OnlyTheyMayChangeSubscriptions_EveryoneMayList()
    {
        var desk = Desk(managers: "slack:UBOSS, teams:1234");

        var refused = Assert.IsType<ErrorView>(await Say(desk, "subscribe daily at 8:00 for TTY", asker: "slack:U1"));
        Assert.Contains("subscription managers", refused.Problem, StringComparison.Ordinal);
        Assert.Empty(_book.All);

        Assert.IsType<SubscriptionsView>(await Say(desk, "subscribe daily at 8:00 for TTY", asker: "slack:uboss"));
        Assert.Single(_book.All);

        Assert.IsType<ErrorView>(await Say(desk, "unsubscribe 7", asker: "slack:U1"));
        Assert.IsType<ErrorView>(await Say(desk, "subscription 7 send now", asker: "slack:U1"));
        Assert.Empty(_book.SentNow);
        var listed = Assert.IsType<SubscriptionsView>(await Say(desk, "subscriptions", asker: "slack:U1"));
        Assert.Single(listed.Items);
    }

    [Fact]
    public async Task List_ShowsThisChannelsSubscriptionsOnly()
    {
        var desk = Desk();
        await Say(desk, "subscribe daily at 8:00 for TTY");
        await Say(desk, "subscribe weekdays at 7:30 for AAA", There);
        await Say(desk, "subscribe weekends at 10:00 UTC for BBB with table");

        var view = Assert.IsType<SubscriptionsView>(await Say(desk, "subscriptions"));

        Assert.Equal("Daily summaries in this channel", view.Title);
        Assert.Equal(["#7 · Daily at 08:00 (America/Chicago)", "#9 · Weekends at 10:00 (UTC)"], view.Items.Select(i => i.Heading));
        Assert.Equal("Stop one with “unsubscribe 7”, or every one with “unsubscribe all”.", view.Note);
    }

    [Fact]
    public async Task List_Empty_SaysSoWithAnExample()
    {
        var view = Assert.IsType<SubscriptionsView>(await Say(Desk(), "subscriptions"));

        Assert.Empty(view.Items);
        Assert.Contains(SubscriptionDesk.Example, view.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribe_ById_StopsThatOneAndSaysWhich()
    {
        var desk = Desk();
        await Say(desk, "subscribe daily at 8:00 for TTY");
        await Say(desk, "subscribe daily at 9:00 for AAA");

        var view = Assert.IsType<SubscriptionsView>(await Say(desk, "unsubscribe 7"));

        Assert.Equal("Unsubscribed #7", view.Title);
        Assert.Equal("I stopped #7: Daily at 08:00 (America/Chicago), Summary of the previous day, for TTY.", view.Intro);
        Assert.Equal([8L], _book.All.Where(s => s.Active).Select(s => s.Id));
    }

    [Fact]
    public async Task Unsubscribe_AnotherChannelsId_IsNotFoundAndChangesNothing()
    {
        var desk = Desk();
        await Say(desk, "subscribe daily at 8:00 for TTY", There);
        await Say(desk, "subscribe daily at 9:00 for AAA");

        var view = Assert.IsType<ErrorView>(await Say(desk, "unsubscribe 7"));

        Assert.Equal("This channel has no daily summary #7. Its daily summaries are #8.", view.Problem);
        Assert.All(_book.All, s => Assert.True(s.Active));
    }

    [Fact]
    public async Task Unsubscribe_All_StopsEveryOneHereAndNoneElsewhere()
    {
        var desk = Desk();
        await Say(desk, "subscribe daily at 8:00 for TTY");
        await Say(desk, "subscribe daily at 9:00 for AAA");
        await Say(desk, "subscribe daily at 9:00 for AAA", There);

        var view = Assert.IsType<SubscriptionsView>(await Say(desk, "unsubscribe all"));

        Assert.Equal("I stopped all 2 daily summaries in this channel.", view.Intro);
        Assert.Equal([9L], _book.All.Where(s => s.Active).Select(s => s.Id));
    }

    [Fact]
    public async Task Unsubscribe_Bare_WithSeveral_ListsThemAndAsks()
    {
        var desk = Desk();
        await Say(desk, "subscribe daily at 8:00 for TTY");
        await Say(desk, "subscribe daily at 9:00 for AAA");

        var view = Assert.IsType<SubscriptionsView>(await Say(desk, "unsubscribe"));

        Assert.Equal("Which one should I stop?", view.Title);
        Assert.Equal(2, view.Items.Count);
        Assert.All(_book.All, s => Assert.True(s.Active));
    }

    [Fact]
    public async Task Unsubscribe_Bare_WithOne_StopsIt()
    {
        var desk = Desk();
        await Say(desk, "subscribe daily at 8:00 for TTY");

        var view = Assert.IsType<SubscriptionsView>(await Say(desk, "unsubscribe"));

        Assert.Equal("Unsubscribed #7", view.Title);
        Assert.False(Assert.Single(_book.All).Active);
    }

    [Fact]
    public async Task SendNow_PostsThroughTheBook()
    {
        var desk = Desk();
        await Say(desk, "subscribe daily at 8:00 for TTY");

        var view = Assert.IsType<SubscriptionsView>(await Say(desk, "subscription 7 send now"));

        Assert.Equal("Sent #7", view.Title);
        Assert.Equal([7L], _book.SentNow);
    }

    [Fact]
    public async Task SendNow_Failing_SaysWhyAndOffersToRetry()
    {
        var desk = Desk();
        await Say(desk, "subscribe daily at 8:00 for TTY");
        _book.SendNowProblem = "The report service didn't answer in time.";

        var view = Assert.IsType<ErrorView>(await Say(desk, "subscription 7 send now"));

        Assert.Equal(_book.SendNowProblem, view.Problem);
        Assert.Equal([new ViewAction("Try again", "subscription 7 send now")], view.Actions);
    }

    [Fact]
    public async Task SendNow_UnknownId_IsNotFound()
    {
        var view = Assert.IsType<ErrorView>(await Say(Desk(), "subscription 12 send now"));

        Assert.Equal("This channel has no daily summary #12; nothing is scheduled here.", view.Problem);
        Assert.Empty(_book.SentNow);
    }

    [Theory]
    [InlineData("subscribe daily at 8:00 for TTY", "Setting up the daily summary…")]
    [InlineData("subscriptions", "Looking up this channel's daily summaries…")]
    [InlineData("unsubscribe 7", "Updating this channel's daily summaries…")]
    [InlineData("subscription 7 send now", "Sending daily summary #7 now…")]
    [InlineData("stats yesterday", null)]
    public void WorkingLine_SaysWhatTheStoreIsDoing(string text, string? expected) =>
        Assert.Equal(expected, SubscriptionDesk.WorkingLine(CommandParser.Parse(text, new DateOnly(2025, 6, 4), DayOfWeek.Monday)));
}
