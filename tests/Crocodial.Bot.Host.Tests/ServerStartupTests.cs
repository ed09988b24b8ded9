using System.Net;
using Crocodial.Bot.Host.Tests.Support;

namespace Crocodial.Bot.Host.Tests;

public class ServerStartupTests
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpoints_AnswerOk(string path)
    {
        await using var factory = new BotFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void BadSettings_StopStartUp()
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["Crocodial:WeekStart"] = "friday" });

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }
}
