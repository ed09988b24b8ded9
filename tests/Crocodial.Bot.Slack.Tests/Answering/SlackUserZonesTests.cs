using Crocodial.Bot.Slack.Answering;
using Crocodial.Bot.Slack.Tests.WebApi;

namespace Crocodial.Bot.Slack.Tests.Answering;

public class SlackUserZonesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Zone_IsAskedOnce_ThenCachedUntilItExpires()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenJson("""{"ok":true,"user":{"id":"U1","tz":"America/Los_Angeles"}}""").ThenJson("""{"ok":true,"user":{"id":"U1","tz":"Europe/Madrid"}}""");
        var zones = new SlackUserZones(h.Time);

        var first = await zones.GetAsync(h.Client, "T1", "U1", Ct);
        var cached = await zones.GetAsync(h.Client, "T1", "U1", Ct);
        h.Time.Advance(SlackUserZones.Keep + TimeSpan.FromSeconds(1));
        var later = await zones.GetAsync(h.Client, "T1", "U1", Ct);

        Assert.Equal("America/Los_Angeles", first);
        Assert.Equal("America/Los_Angeles", cached);
        Assert.Equal("Europe/Madrid", later);
        Assert.Equal(2, h.Slack.Calls.Count);
        Assert.Contains("user=U1", h.Slack.Calls[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedLookUp_AnswersWithoutAZone_AndIsNotRepeatedAtOnce()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenJson("""{"ok":false,"error":"missing_scope","needed":"users:read"}""");
        var zones = new SlackUserZones(h.Time);

        var zone = await zones.GetAsync(h.Client, "T1", "U1", Ct);
        var again = await zones.GetAsync(h.Client, "T1", "U1", Ct);

        Assert.Null(zone);
        Assert.Null(again);
        Assert.Single(h.Slack.Calls);
    }
}
