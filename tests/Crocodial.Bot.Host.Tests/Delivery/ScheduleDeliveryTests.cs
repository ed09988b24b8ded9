using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Tests.Delivery.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Host.Tests.Delivery;

/// <summary>Rounds across daylight-saving changes, several instances on one database, and the worker's own loop.</summary>
public sealed class ScheduleDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Round_AfterSpringForwardInTwoZones_PostsAtTheNewLocalTimes()
    {
        // Sun 30 Mar 2025: Madrid moved to UTC+2 and London to UTC+1 at 01:00 UTC. At 06:00 UTC it is 08:00 in
        // Madrid and 07:00 in London; with the winter offsets neither would be due yet.
        var at = new DateTimeOffset(2025, 3, 30, 6, 0, 30, TimeSpan.Zero);
        await using var app = await DeliveryApp.StartAsync(at);
        var madrid = await app.SubscribeSlackAsync(zone: "Europe/Madrid", time: "08:00", channel: "CMAD");
        var london = await app.SubscribeSlackAsync(zone: "Europe/London", time: "07:00", channel: "CLON");
        var notYet = await app.SubscribeSlackAsync(zone: "Europe/London", time: "08:00", channel: "CLATER");

        await app.RoundAsync();

        var channels = app.Slack.CallsTo("chat.postMessage").Select(c => (string?)c.Json["channel"]).Order().ToList();
        Assert.Equal(["CLON", "CMAD"], channels);
        var day = new DateOnly(2025, 3, 30);
        Assert.Equal(DeliveryOutcome.Posted, (await app.DeliveryAsync(madrid, day))!.Outcome);
        Assert.Equal(DeliveryOutcome.Posted, (await app.DeliveryAsync(london, day))!.Outcome);
        Assert.Null(await app.DeliveryAsync(notYet, day));
        Assert.All(app.Slack.CallsTo("chat.postMessage"), c => Assert.False(Json.Mentions(c.Json, "Posted late")));

        // Sat 29 Mar, the last winter day, was missed (the subscriptions are older): recorded, not posted.
        Assert.Equal(DeliveryOutcome.Missed, (await app.DeliveryAsync(madrid, day.AddDays(-1)))!.Outcome);
    }

    [Fact]
    public async Task Round_TwoInstancesOnOneSqliteFile_PostEachSubscriptionOnce()
    {
        await using var app = await DeliveryApp.StartAsync(DeliveryApp.Morning.AddSeconds(30));
        app.AddInstance();
        var subs = new List<Subscription>();
        foreach (var channel in new[] { "C1", "C2", "C3", "C4" })
        {
            subs.Add(await app.SubscribeSlackAsync(channel: channel));
        }

        subs.Add(await app.SubscribeTeamsAsync());

        await app.Pump(Task.WhenAll(app.Rounds(0).RunAsync(Ct), app.Rounds(1).RunAsync(Ct), app.Rounds(0).RunAsync(Ct), app.Rounds(1).RunAsync(Ct)));

        var channels = app.Slack.CallsTo("chat.postMessage").Select(c => (string?)c.Json["channel"]).Order().ToList();
        Assert.Equal(["C1", "C2", "C3", "C4"], channels);
        Assert.Single(app.Connector.Delivered);
        foreach (var sub in subs)
        {
            Assert.Equal(DeliveryOutcome.Posted, (await app.DeliveryAsync(sub, new DateOnly(2025, 12, 3)))!.Outcome);
        }
    }

    [Fact]
    public async Task Worker_AtStart_RunsARoundAndSaysWhoItIs()
    {
        long id = 0;
        await using var app = await DeliveryApp.StartWithWorkerAsync(async store =>
        {
            var sub = await store.AddAsync(new NewSubscription
            {
                Channel = SubscriptionChannel.ForSlack("T0123", "C0456"),
                Tenants = ["TTY"],
                Days = NewSubscription.NormalizeDays([]),
                Time = new TimeOnly(8, 0),
                Zone = "Europe/Madrid",
                CreatedBy = "slack:U042",
                CreatedAt = DeliveryApp.Morning.AddDays(-1),
            }, Ct);
            id = sub.Id;
        });

        var post = Assert.Single(await app.Slack.WaitForAsync("chat.postMessage"));
        Assert.Equal(id, (long)post.Json["metadata"]!["event_payload"]!["subscription_id"]!);
        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Information && e.Message.StartsWith("Delivery worker ", StringComparison.Ordinal)
            && e.Message.Contains(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Worker_IsNotRegisteredForTheTerminalVerbs()
    {
        using var host = Crocodial.Bot.Host.Cli.CliHost.Build(TextWriter.Null);
        Assert.NotNull(host);
        Assert.DoesNotContain(host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>(), s => s is Crocodial.Bot.Host.Delivery.DeliveryWorker);
    }
}
