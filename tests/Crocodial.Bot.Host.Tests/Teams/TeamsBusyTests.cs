using System.Net;
using System.Text;
using Crocodial.Bot.Core.Work;
using Crocodial.Bot.Host.Tests.Teams.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crocodial.Bot.Host.Tests.Teams;

public class TeamsBusyTests
{
    [Fact]
    public async Task FullQueue_GetsAnImmediateBusyReply_AndStill202()
    {
        await using var connector = await StandInConnector.StartAsync();
        // A one-place queue that nobody works on: the first question fills it, the second finds it full.
        await using var factory = TeamsBotFactory.Anonymous(services =>
        {
            services.AddSingleton(new WorkQueue(1));
            var worker = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(WorkQueueWorker));
            services.Remove(worker);
        });
        using var client = factory.CreateClient();

        var first = await PostAsync(client, TeamsActivities.Personal("stats yesterday", connector.ServiceUrl));
        var second = await PostAsync(client, TeamsActivities.Personal("stats yesterday", connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var busy = Assert.Single(connector.Calls);
        Assert.Equal(WorkQueue.BusyMessage, busy.Text);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, System.Text.Json.Nodes.JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }
}
