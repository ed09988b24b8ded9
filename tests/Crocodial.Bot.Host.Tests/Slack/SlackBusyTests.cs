using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crocodial.Bot.Host.Tests.Slack;

/// <summary>DECISIONS §8: a full work queue is said to the user at once; nothing is dropped silently.</summary>
public class SlackBusyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A queue of one that nobody works off: the first question fills it.</summary>
    private static void FullQueue(IServiceCollection services)
    {
        services.AddSingleton(new WorkQueue(1));
        var worker = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(WorkQueueWorker));
        services.Remove(worker);
    }

    [Fact]
    public async Task SlashCommand_QueueFull_AnswersBusyAtOnce()
    {
        await using var app = await SlackApp.StartAsync(services: FullQueue);
        await app.Client.SendAsync(SlackRequests.Command("stats yesterday for TTY", app.Slack.ResponseUrl("b0")), Ct);

        var response = await app.Client.SendAsync(SlackRequests.Command("stats yesterday for AAA", app.Slack.ResponseUrl("b1")), Ct);

        Assert.Equal(WorkQueue.BusyMessage, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["text"]);
    }

    [Fact]
    public async Task DirectMessage_QueueFull_IsToldBusy()
    {
        await using var app = await SlackApp.StartAsync(services: FullQueue);
        var dm = """{"type":"message","channel_type":"im","user":"U1","text":"help","ts":"1.1","channel":"D1"}""";
        await app.Client.SendAsync(SlackRequests.Event(SlackRequests.EventJson("EvFill", dm)), Ct);

        await app.Client.SendAsync(SlackRequests.Event(SlackRequests.EventJson("EvBusy", dm)), Ct);

        var post = (await app.Slack.WaitForAsync("chat.postMessage"))[0].Json;
        Assert.Equal(WorkQueue.BusyMessage, (string?)post["text"]);
        Assert.Equal("D1", (string?)post["channel"]);
    }
}
