using System.Text.Json.Nodes;
using Crocodial.Bot.Teams.AdaptiveCards;

namespace Crocodial.Bot.Teams.Tests.AdaptiveCards;

/// <summary>
/// Walks every card and checks each element's properties against the Adaptive Cards 1.5 schema names, so no
/// unknown property reaches the official renderer (Teams-only extras such as <c>msteams</c> are not used).
/// </summary>
public class AdaptiveCardSchemaTests
{
    private static readonly string[] Common = ["type", "id", "spacing", "separator", "isVisible", "height", "fallback", "requires"];

    private static readonly Dictionary<string, HashSet<string>> Allowed = new(StringComparer.Ordinal)
    {
        ["AdaptiveCard"] = ["type", "version", "$schema", "fallbackText", "body", "actions", "speak", "lang", "minHeight",
            "verticalContentAlignment", "backgroundImage", "selectAction", "refresh", "authentication", "rtl"],
        ["TextBlock"] = [.. Common, "text", "color", "fontType", "horizontalAlignment", "isSubtle", "maxLines", "size", "weight", "wrap", "style"],
        ["Container"] = [.. Common, "items", "style", "selectAction", "verticalContentAlignment", "bleed", "minHeight", "backgroundImage", "rtl"],
        ["ColumnSet"] = [.. Common, "columns", "selectAction", "style", "bleed", "minHeight", "horizontalAlignment"],
        ["Column"] = [.. Common, "items", "width", "style", "verticalContentAlignment", "selectAction", "bleed", "minHeight", "backgroundImage", "rtl"],
        ["FactSet"] = [.. Common, "facts"],
        ["Table"] = [.. Common, "columns", "rows", "firstRowAsHeaders", "showGridLines", "gridStyle",
            "horizontalCellContentAlignment", "verticalCellContentAlignment"],
        ["TableRow"] = ["type", "cells", "style", "horizontalCellContentAlignment", "verticalCellContentAlignment"],
        ["TableCell"] = ["type", "items", "style", "selectAction", "verticalContentAlignment", "bleed", "minHeight", "backgroundImage", "rtl"],
        ["ActionSet"] = [.. Common, "actions"],
        ["Action.Execute"] = ["type", "id", "title", "iconUrl", "style", "fallback", "tooltip", "isEnabled", "mode", "requires", "verb", "data", "associatedInputs"],
        ["Action.Submit"] = ["type", "id", "title", "iconUrl", "style", "fallback", "tooltip", "isEnabled", "mode", "requires", "data", "associatedInputs"],
        ["Action.ShowCard"] = ["type", "id", "title", "iconUrl", "style", "fallback", "tooltip", "isEnabled", "mode", "requires", "card"],
    };

    // Objects without a type: fact entries, table column definitions, and action data (ours, free-form).
    private static readonly HashSet<string> Fact = ["title", "value"];
    private static readonly HashSet<string> ColumnDefinition = ["width", "horizontalCellContentAlignment", "verticalCellContentAlignment"];

    public static TheoryData<string> Names => [.. CardSamples.All().Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Card_UsesOnlyAdaptiveCards15Names(string name)
    {
        var card = CardSamples.All()[name];
        var problems = new List<string>();
        Walk(card, "$", problems);

        Assert.Empty(problems);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal(CardElements.Schema, (string?)card["$schema"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)card["fallbackText"]));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Card_HasAtMostSixActions_AndEveryExecuteFallsBackToSubmit(string name)
    {
        var card = CardSamples.All()[name];
        var actions = card["actions"]?.AsArray() ?? [];

        Assert.True(actions.Count <= CardActions.MaxActions);
        foreach (var action in actions.Where(a => (string?)a!["type"] == "Action.Execute"))
        {
            Assert.Equal(CardActions.RunVerb, (string?)action!["verb"]);
            Assert.Equal("Action.Submit", (string?)action["fallback"]!["type"]);
            Assert.Equal((string?)action["data"]!["command"], (string?)action["fallback"]!["data"]!["command"]);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Card_HasAtMostSixButtonsInAll_CountingActionSets(string name)
    {
        var card = CardSamples.All()[name];

        Assert.InRange(Buttons(card), 0, CardActions.MaxButtonsPerCard);
        Assert.All(ActionSets(card), set => Assert.InRange(set["actions"]!.AsArray().Count, 1, CardActions.MaxActions));
    }

    private static int Buttons(JsonNode? node) => node switch
    {
        JsonObject o when ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true => 1,
        JsonObject o => o.Sum(p => Buttons(p.Value)),
        JsonArray a => a.Sum(Buttons),
        _ => 0,
    };

    private static IEnumerable<JsonObject> ActionSets(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "ActionSet" => [o],
        JsonObject o => o.SelectMany(p => ActionSets(p.Value)),
        JsonArray a => a.SelectMany(ActionSets),
        _ => [],
    };

    private static void Walk(JsonNode? node, string path, List<string> problems)
    {
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Walk(array[i], $"{path}[{i}]", problems);
            }

            return;
        }

        if (node is not JsonObject obj)
        {
            return;
        }

        var type = (string?)obj["type"];
        var allowed = type is null
            ? path.EndsWith(']') && path.Contains(".facts[", StringComparison.Ordinal) ? Fact
            : path.Contains(".columns[", StringComparison.Ordinal) ? ColumnDefinition
            : null
            : Allowed.GetValueOrDefault(type);
        if (allowed is null)
        {
            problems.Add($"{path}: unexpected {(type is null ? "untyped object" : $"type {type}")}");
            return;
        }

        foreach (var (property, value) in obj)
        {
            if (!allowed.Contains(property))
            {
                problems.Add($"{path}: {type ?? "object"} has no property '{property}' in Adaptive Cards 1.5");
            }
            else if (property != "data")
            {
                Walk(value, $"{path}.{property}", problems);
            }
        }
    }
}
