using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crocodial.Bot.Teams.Tests.AdaptiveCards;

/// <summary>
/// Every card kind against its golden file, compared as parsed JSON (System.Text.Json escapes non-ASCII, so
/// strings would differ where the JSON does not). Set <c>UPDATE_GOLDEN=1</c> to rewrite the files after an
/// intended change, then review the diff.
/// </summary>
public class AdaptiveCardGoldenTests
{
    public static TheoryData<string> Names => [.. CardSamples.All().Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Card_MatchesGoldenFile(string name)
    {
        var card = CardSamples.All()[name];
        var path = Path.Combine(SourceDirectory(), "Golden", name + ".json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, card.ToJsonString(new JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }) + "\n");
        }

        var golden = JsonNode.Parse(File.ReadAllText(path));

        Assert.True(JsonNode.DeepEquals(golden, card), $"{name} differs from {path}:\n{card.ToJsonString()}");
    }

    private static string SourceDirectory([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
