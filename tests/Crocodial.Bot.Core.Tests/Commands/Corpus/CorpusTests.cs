using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Commands;

namespace Crocodial.Bot.Core.Tests.Commands.Corpus;

/// <summary>
/// The independent corpus (expectations written from commands.md alone, see README.md beside it):
/// every line must come out exactly as expected, in every field the line names.
/// </summary>
public class CorpusTests
{
    private static readonly Dictionary<string, JsonObject> ById = Lines().ToDictionary(l => l["id"]!.GetValue<string>());

    public static TheoryData<string> Ids() => [.. ById.Keys];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Phrasing_ParsesAsExpected(string id)
    {
        var line = ById[id];
        var today = DateOnly.Parse(line["today"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var weekStart = line["weekStart"]!.GetValue<string>() == "sunday" ? DayOfWeek.Sunday : DayOfWeek.Monday;

        var actual = ToJson(CommandParser.Parse(line["text"]!.GetValue<string>(), today, weekStart));

        foreach (var (field, expected) in line["expect"]!.AsObject())
        {
            Assert.True(
                JsonNode.DeepEquals(expected, actual[field]),
                $"\"{line["text"]}\" (today {today:yyyy-MM-dd}, {weekStart}): {field} expected {expected?.ToJsonString() ?? "null"}, got {actual[field]?.ToJsonString() ?? "null"}");
        }
    }

    private static JsonObject ToJson(Command command)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            CommandJsonWriter.WriteFields(writer, command);
            writer.WriteEndObject();
        }

        return JsonNode.Parse(Encoding.UTF8.GetString(buffer.ToArray()))!.AsObject();
    }

    private static IEnumerable<JsonObject> Lines([CallerFilePath] string here = "") =>
        File.ReadLines(Path.Combine(Path.GetDirectoryName(here)!, "phrasings.jsonl"))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonNode.Parse(l)!.AsObject());
}
