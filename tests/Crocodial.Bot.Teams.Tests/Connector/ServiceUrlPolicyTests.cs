using Crocodial.Bot.Teams.Connector;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Teams.Tests.Connector;

public class ServiceUrlPolicyTests
{
    private static readonly TeamsOptions Authenticated = new()
    {
        AppId = "app", AppPassword = "s", TenantId = "t",
        AllowedServiceUrls = "http://127.0.0.1:5099, https://connector.example:8443",
    };

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/jp/3f1c7a2e-0000-4000-8000-000000000001/")]
    [InlineData("https://smba.trafficmanager.net/teams")]
    [InlineData("https://europe.webchat.botframework.com/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams")]
    [InlineData("http://127.0.0.1:5099/_connector")]
    [InlineData("https://CONNECTOR.example:8443/v3/")]
    public void BotFrameworkHostsAndConfiguredOrigins_AreAllowed(string serviceUrl)
    {
        Assert.True(new ServiceUrlPolicy(Options.Create(Authenticated)).IsAllowed(serviceUrl));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net:8443/amer/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("https://user@smba.trafficmanager.net/amer/")]
    [InlineData("http://127.0.0.1:5100/_connector")]
    [InlineData("https://connector.example/")]
    [InlineData("http://localhost:56151/_connector")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    public void AnythingElse_IsRefused(string? serviceUrl)
    {
        Assert.False(new ServiceUrlPolicy(Options.Create(Authenticated)).IsAllowed(serviceUrl));
    }

    [Fact]
    public void AnonymousMode_AllowsOnlyLoopback_AndConfiguredOrigins()
    {
        var policy = new ServiceUrlPolicy(Options.Create(new TeamsOptions { AllowUnauthenticated = true, AllowedServiceUrls = "https://connector.example" }));

        Assert.True(policy.IsAllowed("http://localhost:56151/_connector"));
        Assert.True(policy.IsAllowed("http://[::1]:3000"));
        Assert.True(policy.IsAllowed("https://connector.example/x/"));
        Assert.False(policy.IsAllowed("https://smba.trafficmanager.net/amer/"));
    }
}
