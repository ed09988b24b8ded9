using System.Net;
using System.Text;
using Crocodial.Bot.Host.Tests.Support;

namespace Crocodial.Bot.Host.Tests.Teams;

public class TeamsDisabledTests
{
    [Fact]
    public async Task WithoutTeamsSettings_TheEndpointDoesNotExist()
    {
        await using var factory = new BotFactory();
        using var client = factory.CreateClient();
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");

        var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void AnonymousModeWithAnAppId_StopsStartUp()
    {
        using var factory = new BotFactory(new Dictionary<string, string?>
        {
            ["Teams:AllowUnauthenticated"] = "true",
            ["Teams:AppId"] = "11111111-2222-3333-4444-555555555555",
            ["Teams:AppPassword"] = "x",
            ["Teams:TenantId"] = "t",
        });

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }

    [Fact]
    public void HalfConfiguredTeams_StopsStartUp()
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["Teams:AppId"] = "11111111-2222-3333-4444-555555555555" });

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }
}
