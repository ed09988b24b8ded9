using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Slack.BlockKit;

namespace Crocodial.Bot.Slack.Tests.BlockKit;

/// <summary>
/// Rendered payloads compared with <c>Golden/*.json</c> as parsed JSON (System.Text.Json escapes non-ASCII,
/// so strings would differ where nodes do not). Set <c>UPDATE_GOLDEN=1</c> to rewrite them, then review the diff.
/// </summary>
public class BlockKitGoldenTests
{
    public static TheoryData<string> Names() => [.. SlackViewSamples.All().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_MatchesGolden(string name)
    {
        var view = SlackViewSamples.All().Single(s => s.Name == name).View;
        AssertGolden(name, view is ReportView ? "stats 2025-06-06 to 2025-06-09 for TTY" : null, view);
    }

    private static void AssertGolden(string name, string? share, IChatView view, [CallerFilePath] string source = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(source)!, "Golden", name + ".json");
        var message = BlockKitRenderer.Render(view, share);
        var actual = new JsonObject { ["text"] = message.Text, ["blocks"] = message.Blocks.DeepClone() };
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual.ToJsonString(new JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }) + "\n");
        }

        var expected = JsonNode.Parse(File.ReadAllText(path));
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{name}: payload differs from Golden/{name}.json\n{actual.ToJsonString()}");
    }
}
