namespace Crocodial.Bot.Host.Tests.Subscriptions;

/// <summary>
/// Subscribe, list, unsubscribe and send now, end to end in one channel: its real endpoint, the real desk and
/// book, a SQLite file, the stand-in platform on the wire. The clock is fixed at Wednesday 11 June 2025,
/// 06:00 UTC (02:00 in New York, 08:00 in Madrid). Each channel runs the same cases (Slack and Teams subclasses).
/// </summary>
public abstract class SubscriptionChatTests
{
    /// <summary>Who asks, unless a case says otherwise; the manager when managers are configured.</summary>
    protected abstract string Manager { get; }

    protected abstract string Someone { get; }

    protected abstract string Here { get; }

    protected abstract string There { get; }

    /// <summary>The platform's asker zone the harness reports by default.</summary>
    protected abstract string AskerZone { get; }

    /// <summary><c>slack:U…</c> / <c>teams:…</c>.</summary>
    protected abstract string AskerIdOf(string user);

    /// <summary>The <c>Access:Rules</c> key of <see cref="Here"/>.</summary>
    protected abstract string AccessKeyOfHere { get; }

    internal abstract Task<IChatHarness> StartAsync(Dictionary<string, string?>? settings = null);


    [Fact]
    public async Task Subscribe_ConfirmsIdAndFirstRun_InTheAskersZone_AndStoresIt()
    {
        await using var chat = await StartAsync();

        var answer = await chat.AskAsync("subscribe daily at 9:00 for TTY", Here, Manager);

        var stored = Assert.Single(await chat.StoredAsync(Here));
        Assert.Equal(AskerZone, stored.Zone);
        Assert.Equal(["TTY"], stored.Tenants);
        Assert.Equal(new TimeOnly(9, 0), stored.Time);
        Assert.Equal(7, stored.Days.Count);
        Assert.Equal(AskerIdOf(Manager), stored.CreatedBy);
        Assert.Contains($"Subscribed: #{stored.Id}", answer, StringComparison.Ordinal);
        Assert.Contains($"every day at 09:00 in {AskerZone} (your time zone)", answer, StringComparison.Ordinal);
        Assert.Contains("The first one is due Wed 11 Jun, 09:00.", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_AskerZoneUnknown_UsesTheCallCentresZone()
    {
        await using var chat = await StartAsync(new() { ["Crocodial:TimeZone"] = "Asia/Tokyo" });
        chat.AskerZone = null;

        var answer = await chat.AskAsync("subscribe weekdays at 8:00 for TTY", Here, Manager);

        var stored = Assert.Single(await chat.StoredAsync(Here));
        Assert.Equal("Asia/Tokyo", stored.Zone);
        Assert.Equal(5, stored.Days.Count);
        // 15:00 in Tokyo now: the first is tomorrow morning.
        Assert.Contains("on weekdays at 08:00 in Asia/Tokyo (the call centre's time zone)", answer, StringComparison.Ordinal);
        Assert.Contains("The first one is due Thu 12 Jun, 08:00.", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_NamedZone_WinsOverTheAskers()
    {
        await using var chat = await StartAsync();

        await chat.AskAsync("subscribe daily at 7:30 America/Los_Angeles for TTY with table", Here, Manager);

        var stored = Assert.Single(await chat.StoredAsync(Here));
        Assert.Equal("America/Los_Angeles", stored.Zone);
        Assert.Equal(Core.Commands.SubscriptionContent.Table, stored.Content);
    }

    [Fact]
    public async Task Subscriptions_ListsThisChannelsOnly_WithTheirNextRun()
    {
        await using var chat = await StartAsync();
        var first = await chat.SeedAsync(Here, new TimeOnly(9, 0));
        var second = await chat.SeedAsync(Here, new TimeOnly(10, 15));
        var elsewhere = await chat.SeedAsync(There, new TimeOnly(9, 0));

        var answer = await chat.AskAsync("subscriptions", Here, Someone);

        Assert.Contains("2 are scheduled here.", answer, StringComparison.Ordinal);
        Assert.Contains($"#{first} · Daily at 09:00 (Europe/Madrid)", answer, StringComparison.Ordinal);
        Assert.Contains($"#{second} · Daily at 10:15 (Europe/Madrid)", answer, StringComparison.Ordinal);
        Assert.Contains("Next: Wed 11 Jun, 10:15", answer, StringComparison.Ordinal);
        Assert.Contains("Not posted yet", answer, StringComparison.Ordinal);
        Assert.DoesNotContain($"#{elsewhere} ·", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsubscribeById_StopsThatOne()
    {
        await using var chat = await StartAsync();
        var first = await chat.SeedAsync(Here, new TimeOnly(9, 0));
        var second = await chat.SeedAsync(Here, new TimeOnly(10, 0));

        var answer = await chat.AskAsync($"unsubscribe {first}", Here, Manager);

        Assert.Contains($"Unsubscribed #{first}", answer, StringComparison.Ordinal);
        Assert.Equal([second], (await chat.StoredAsync(Here)).Select(s => s.Id));
    }

    [Fact]
    public async Task UnsubscribeAll_StopsThisChannelsOnly()
    {
        await using var chat = await StartAsync();
        await chat.SeedAsync(Here, new TimeOnly(9, 0));
        await chat.SeedAsync(Here, new TimeOnly(10, 0));
        var elsewhere = await chat.SeedAsync(There, new TimeOnly(9, 0));

        var answer = await chat.AskAsync("unsubscribe all", Here, Manager);

        Assert.Contains("I stopped all 2 daily summaries in this channel.", answer, StringComparison.Ordinal);
        Assert.Empty(await chat.StoredAsync(Here));
        Assert.Equal([elsewhere], (await chat.StoredAsync(There)).Select(s => s.Id));
    }

    [Fact]
    public async Task BareUnsubscribe_WithTwo_ListsThemAndStopsNothing()
    {
        await using var chat = await StartAsync();
        var first = await chat.SeedAsync(Here, new TimeOnly(9, 0));
        var second = await chat.SeedAsync(Here, new TimeOnly(10, 0));

        var answer = await chat.AskAsync("unsubscribe", Here, Manager);

        Assert.Contains("Which one should I stop?", answer, StringComparison.Ordinal);
        Assert.Contains($"#{first} ·", answer, StringComparison.Ordinal);
        Assert.Contains($"#{second} ·", answer, StringComparison.Ordinal);
        Assert.Equal(2, (await chat.StoredAsync(Here)).Count);
    }

    [Fact]
    public async Task SendNow_HandsTheSubscriptionToThePoster()
    {
        await using var chat = await StartAsync();
        var id = await chat.SeedAsync(Here, new TimeOnly(9, 0));

        var answer = await chat.AskAsync($"subscription {id} send now", Here, Manager);

        Assert.Contains($"Sent #{id}", answer, StringComparison.Ordinal);
        Assert.Equal(id, Assert.Single(chat.Poster.Sent).Id);
    }

    [Fact]
    public async Task SendNow_PosterProblem_IsTheAnswer()
    {
        await using var chat = await StartAsync();
        var id = await chat.SeedAsync(Here, new TimeOnly(9, 0));
        chat.Poster.Problem = "The report service didn't answer, so nothing was posted.";

        var answer = await chat.AskAsync($"subscription {id} send now", Here, Manager);

        Assert.Contains(chat.Poster.Problem, answer, StringComparison.Ordinal);
        Assert.Single(chat.Poster.Sent);
    }

    [Fact]
    public async Task AnotherChannelsSubscription_IsNotFound_AndUntouched()
    {
        await using var chat = await StartAsync();
        var mine = await chat.SeedAsync(Here, new TimeOnly(9, 0));
        var elsewhere = await chat.SeedAsync(There, new TimeOnly(9, 0));

        var unsubscribe = await chat.AskAsync($"unsubscribe {elsewhere}", Here, Manager);
        var sendNow = await chat.AskAsync($"subscription {elsewhere} send now", Here, Manager);

        Assert.Contains($"This channel has no daily summary #{elsewhere}. Its daily summaries are #{mine}.", unsubscribe, StringComparison.Ordinal);
        Assert.Contains($"This channel has no daily summary #{elsewhere}.", sendNow, StringComparison.Ordinal);
        Assert.Empty(chat.Poster.Sent);
        Assert.Equal([elsewhere], (await chat.StoredAsync(There)).Select(s => s.Id));
        Assert.Equal([mine], (await chat.StoredAsync(Here)).Select(s => s.Id));
    }

    [Fact]
    public async Task Managers_SomeoneElse_IsRefused_AndNothingIsStored()
    {
        await using var chat = await StartAsync(new() { ["Subscriptions:Managers"] = AskerIdOf(Manager) });

        var answer = await chat.AskAsync("subscribe daily at 9:00 for TTY", Here, Someone);

        Assert.Contains("Only the bot's subscription managers can set up, stop or send daily summaries.", answer, StringComparison.Ordinal);
        Assert.Empty(await chat.StoredAsync(Here));
    }

    [Fact]
    public async Task Managers_TheManager_Subscribes()
    {
        await using var chat = await StartAsync(new() { ["Subscriptions:Managers"] = "someone-else, " + AskerIdOf(Manager) });

        var answer = await chat.AskAsync("subscribe daily at 9:00 for TTY", Here, Manager);

        var stored = Assert.Single(await chat.StoredAsync(Here));
        Assert.Contains($"Subscribed: #{stored.Id}", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessRules_TenantTheChannelCantSee_IsRefused_AndNothingIsStored()
    {
        await using var chat = await StartAsync(new()
        {
            ["Access:Rules:0:Channel"] = AccessKeyOfHere,
            ["Access:Rules:0:Tenants:0"] = "TTY",
            ["Access:Rules:0:Default:0"] = "TTY",
        });

        var answer = await chat.AskAsync("subscribe daily at 9:00 for AAA", Here, Manager);

        Assert.Contains("This channel can't see AAA", answer, StringComparison.Ordinal);
        Assert.Empty(await chat.StoredAsync(Here));
    }

    [Fact]
    public async Task Subscribe_BadZone_NamesIt_AndNothingIsStored()
    {
        await using var chat = await StartAsync();

        var answer = await chat.AskAsync("subscribe daily at 9:00 in Mars/Olympus for TTY", Here, Manager);

        Assert.Contains("I don't know the time zone “mars/olympus”", answer, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await chat.StoredAsync(Here));
    }
}
