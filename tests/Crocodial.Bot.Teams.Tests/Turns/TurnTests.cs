using System.Text.Json;
using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.References;
using Crocodial.Bot.Teams.Turns;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Teams.Tests.Turns;

public class TurnTests
{
    private static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, TeamsJson.Options)!;

    [Fact]
    public void Deduplicator_SameConversationAndId_IsSeenOnce_UntilItExpires()
    {
        var time = new FakeTimeProvider();
        var dedup = new ActivityDeduplicator(time);

        Assert.True(dedup.TryBegin("conv", "1"));
        Assert.False(dedup.TryBegin("conv", "1"));
        Assert.True(dedup.TryBegin("other", "1"));
        time.Advance(ActivityDeduplicator.Retention + TimeSpan.FromSeconds(1));
        Assert.True(dedup.TryBegin("conv", "1"));
    }

    [Fact]
    public void Deduplicator_Forget_LetsTheResendThrough()
    {
        var dedup = new ActivityDeduplicator(new FakeTimeProvider());
        dedup.TryBegin("conv", "1");

        dedup.Forget("conv", "1");

        Assert.True(dedup.TryBegin("conv", "1"));
    }

    [Theory]
    [InlineData("""{"type":"message","text":"hi","value":{"command":"stats yesterday"}}""", "stats yesterday")]
    [InlineData("""{"type":"message","value":"{\"command\":\"help\"}"}""", "help")]
    [InlineData("""{"type":"message","text":"<at>Bot</at> stats today","recipient":{"id":"28:b"},"entities":[{"type":"mention","mentioned":{"id":"28:b","name":"Bot"},"text":"<at>Bot</at>"}]}""", "stats today")]
    [InlineData("""{"type":"message","value":{"command":42},"text":"typed"}""", "typed")]
    public void CommandText_FromMessage_PrefersTheButtonCommand(string json, string expected) =>
        Assert.Equal(expected, CommandText.FromMessage(Parse(json)));

    [Theory]
    [InlineData("""{"type":"invoke","value":{"action":{"type":"Action.Execute","verb":"crocodial.run","data":{"command":"stats yesterday"}}}}""", "stats yesterday")]
    [InlineData("""{"type":"invoke","value":{"action":{"type":"Action.Submit","data":{"command":"stats yesterday"}}}}""", null)]
    [InlineData("""{"type":"invoke","value":{"action":{"type":"Action.Execute","data":{}}}}""", null)]
    [InlineData("""{"type":"invoke","value":"nonsense"}""", null)]
    public void CommandText_FromInvoke_ReadsOnlyExecuteData(string json, string? expected) =>
        Assert.Equal(expected, CommandText.FromInvoke(Parse(json)));

    [Theory]
    [InlineData("""{"type":"installationUpdate","action":"add"}""", true)]
    [InlineData("""{"type":"installationUpdate","action":"add-upgrade"}""", true)]
    [InlineData("""{"type":"installationUpdate","action":"remove"}""", false)]
    [InlineData("""{"type":"conversationUpdate","recipient":{"id":"28:b"},"membersAdded":[{"id":"28:b"}]}""", true)]
    [InlineData("""{"type":"conversationUpdate","recipient":{"id":"28:b"},"membersRemoved":[{"id":"28:b"}]}""", false)]
    [InlineData("""{"type":"conversationUpdate","recipient":{"id":"28:b"},"membersAdded":[{"id":"29:someone"}]}""", null)]
    public void Installation_Change_IsReadFromTheEvent(string json, bool? expected) =>
        Assert.Equal(expected, InstallationHandler.Change(Parse(json)));

    [Fact]
    public async Task ReferenceStore_SaysNewOnce_PerActivation_AndKeysByChannelNotThread()
    {
        var store = new InMemoryConversationReferenceStore(new FakeTimeProvider());
        var reference = new ConversationReference("https://smba.trafficmanager.net/emea/", "msteams", "19:c@thread.tacv2",
            "channel", "t", "28:b", "Bot", null, null, null, null, "team", "19:c@thread.tacv2");
        var ct = TestContext.Current.CancellationToken;

        Assert.True(await store.SaveAsync(reference, ct));
        Assert.False(await store.SaveAsync(reference with { ConversationId = "19:c@thread.tacv2;messageid=5" }, ct));
        await store.DeactivateAsync("19:c@thread.tacv2;messageid=5", ct);
        Assert.False((await store.GetAsync("19:c@thread.tacv2", ct))!.IsActive);
        Assert.True(await store.SaveAsync(reference, ct));
        Assert.True((await store.GetAsync("19:c@thread.tacv2", ct))!.IsActive);
    }
}
