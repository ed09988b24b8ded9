using System.Text.Json;
using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.Auth;
using Crocodial.Bot.Teams.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crocodial.Bot.Teams.Tests;

/// <summary>The registrations the host will make resolve, bound from the <c>Teams</c> section.</summary>
public class CompositionTests
{
    [Fact]
    public void ProtocolServices_ResolveFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Teams:AppId"] = "app",
            ["Teams:AppPassword"] = "secret",
            ["Teams:TenantId"] = "tenant",
            ["Teams:AllowedServiceUrls"] = "http://127.0.0.1:5000",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.Section));
        services.AddHttpClient(BotTokenProvider.HttpClientName);
        services.AddSingleton<BotTokenValidator>();
        services.AddSingleton<BotTokenProvider>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddHttpClient<ConnectorClient>();

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.NotNull(provider.GetRequiredService<BotTokenValidator>());
        Assert.NotNull(provider.GetRequiredService<ConnectorClient>());
        Assert.True(provider.GetRequiredService<BotTokenProvider>().SendsTokens);
        Assert.True(provider.GetRequiredService<ServiceUrlPolicy>().IsAllowed("http://127.0.0.1:5000/_connector"));
    }

    [Fact]
    public void MessageBackValue_MayBeAString()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"type":"message","value":"{\"verb\":\"today\"}"}""", TeamsJson.Options)!;

        Assert.Equal(JsonValueKind.String, activity.Value?.ValueKind);
    }
}
