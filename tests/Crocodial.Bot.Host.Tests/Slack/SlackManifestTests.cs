using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Crocodial.Bot.Host.Tests.Slack;

public class SlackManifestTests
{
    private const string Host = "https://YOUR-HOST";

    [Fact]
    public async Task Manifest_EveryUrl_IsAPostEndpointTheAppMaps()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(ManifestPath(), TestContext.Current.CancellationToken))!;
        var urls = Strings(manifest).Where(s => s.StartsWith("http", StringComparison.Ordinal)).ToList();
        await using var app = await SlackApp.StartAsync();
        var endpoints = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        Assert.Equal(3, urls.Count);
        Assert.All(urls, url =>
        {
            Assert.StartsWith(Host + "/", url, StringComparison.Ordinal);
            var path = url[Host.Length..];
            Assert.Contains(endpoints, e => "/" + e.RoutePattern.RawText?.TrimStart('/') == path
                && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true);
        });
    }

    [Fact]
    public void Manifest_HasTheCommandScopesEventsAndMessagesTab()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(ManifestPath()))!;

        Assert.True((bool?)manifest["features"]!["app_home"]!["messages_tab_enabled"]);
        Assert.False((bool?)manifest["features"]!["app_home"]!["messages_tab_read_only_enabled"]);
        var command = manifest["features"]!["slash_commands"]![0]!;
        Assert.Equal("/crocodial", (string?)command["command"]);
        Assert.False(string.IsNullOrEmpty((string?)command["usage_hint"]));
        Assert.Equal(
            ["commands", "chat:write", "app_mentions:read", "im:history", "users:read", "channels:read", "groups:read", "channels:history", "groups:history"],
            manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(
            ["app_mention", "message.im", "member_left_channel", "channel_left", "group_left", "app_uninstalled", "tokens_revoked"],
            manifest["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(s => (string)s!));
        Assert.True((bool?)manifest["settings"]!["interactivity"]!["is_enabled"]);
    }

    private static string ManifestPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "manifest", "slack", "manifest.json");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("manifest/slack/manifest.json not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
