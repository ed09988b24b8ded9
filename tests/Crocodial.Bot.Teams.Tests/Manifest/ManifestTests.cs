using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Views;

namespace Crocodial.Bot.Teams.Tests.Manifest;

/// <summary>The app package in <c>manifest/teams</c> against the app: ids, scopes, icons and commands that really parse.</summary>
public class ManifestTests
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Manifest");

    private static JsonObject Manifest() => JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, "manifest.json")))!.AsObject();

    [Fact]
    public void Manifest_IsCurrentSchema_WithTheBotIdPlaceholder_InAllThreeScopes()
    {
        var manifest = Manifest();
        var bot = Assert.Single(manifest["bots"]!.AsArray())!;

        Assert.Equal("1.22", (string?)manifest["manifestVersion"]);
        Assert.EndsWith("/v1.22/MicrosoftTeams.schema.json", (string?)manifest["$schema"], StringComparison.Ordinal);
        Assert.Equal("{{TEAMS_APP_ID}}", (string?)manifest["id"]);
        Assert.Equal("{{TEAMS_APP_ID}}", (string?)bot["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.Contains("{{BOT_HOST}}", manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.True(((string?)manifest["name"]!["short"])!.Length <= 30);
        Assert.True(((string?)manifest["description"]!["short"])!.Length <= 80);
    }

    [Fact]
    public void Manifest_Icons_HaveTheRequiredSizes()
    {
        Assert.Equal((192, 192), PngSize(Path.Combine(Directory, "color.png")));
        Assert.Equal((32, 32), PngSize(Path.Combine(Directory, "outline.png")));
    }

    [Theory]
    [InlineData("help", CommandIntent.Help, null)]
    [InlineData("stats yesterday", CommandIntent.Report, ReportViewKind.Summary)]
    [InlineData("stats last week for TTY", CommandIntent.Report, ReportViewKind.Summary)]
    [InlineData("calls per day last week", CommandIntent.Report, ReportViewKind.Table)]
    [InlineData("chart last 14 days", CommandIntent.Report, ReportViewKind.Chart)]
    [InlineData("compare last week for TTY", CommandIntent.Compare, null)]
    [InlineData("abandon rate yesterday for TTY", CommandIntent.Report, ReportViewKind.Summary)]
    [InlineData("subscribe daily at 8:00 for TTY", CommandIntent.Subscribe, null)]
    [InlineData("explain abandon rate", CommandIntent.Explain, null)]
    public void ManifestCommand_ParsesToItsIntent(string title, CommandIntent intent, ReportViewKind? view)
    {
        var commands = Manifest()["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();
        Assert.Contains(commands, c => (string?)c!["title"] == title);

        var command = CommandParser.Parse(title, new DateOnly(2025, 6, 11), DayOfWeek.Monday);

        Assert.Equal(intent, command.Intent);
        if (view is not null)
        {
            Assert.Equal(view, command.View ?? ReportViewKind.Summary);
            Assert.NotNull(command.Range);
        }
    }

    [Fact]
    public void ManifestCommands_AreAllTested_AndWithinTheOldLimits()
    {
        var commands = Manifest()["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();

        Assert.InRange(commands.Count, 1, 10);
        Assert.All(commands, c =>
        {
            Assert.InRange(((string)c!["title"]!).Length, 1, 32);
            Assert.InRange(((string)c["description"]!).Length, 1, 128);
        });
        Assert.Equal(9, commands.Count);
    }

    [Fact]
    public void MessagingEndpoint_IsTheOneTheReadmeNames() => Assert.Equal("/api/messages", TeamsChannel.MessagesPath);

    private static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        return (ReadInt(bytes, 16), ReadInt(bytes, 20));
    }

    private static int ReadInt(byte[] b, int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
}
