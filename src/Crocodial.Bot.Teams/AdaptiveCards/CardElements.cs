using System.Text.Json.Nodes;

namespace Crocodial.Bot.Teams.AdaptiveCards;

/// <summary>
/// <c>JsonObject</c> builders for the few Adaptive Cards 1.5 elements we send. Builders rather than a typed
/// model: a card is write-only for us, the JSON is the contract (golden files compare it node by node), and
/// a model of every element would be more code than the cards themselves. Only schema property names appear here.
/// </summary>
internal static class CardElements
{
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string Version = "1.5";

    public static JsonObject Card(string fallbackText, IEnumerable<JsonObject?> body, IEnumerable<JsonObject> actions)
    {
        var card = new JsonObject
        {
            ["$schema"] = Schema,
            ["type"] = "AdaptiveCard",
            ["version"] = Version,
            ["fallbackText"] = fallbackText,
            ["body"] = Array(body),
        };
        var actionArray = Array(actions);
        if (actionArray.Count > 0)
        {
            card["actions"] = actionArray;
        }

        return card;
    }

    public static JsonObject Text(string text, string? size = null, string? weight = null, string? color = null,
        bool subtle = false, string? spacing = null, string? alignment = null, bool separator = false, string? style = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        Set(block, "style", style);
        Set(block, "size", size);
        Set(block, "weight", weight);
        Set(block, "color", color);
        if (subtle)
        {
            block["isSubtle"] = true;
        }

        Set(block, "horizontalAlignment", alignment);
        Set(block, "spacing", spacing);
        if (separator)
        {
            block["separator"] = true;
        }

        return block;
    }

    public static JsonObject Container(IEnumerable<JsonObject?> items, string? spacing = null, bool separator = false, string? style = null)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = Array(items) };
        Set(container, "style", style);
        Set(container, "spacing", spacing);
        if (separator)
        {
            container["separator"] = true;
        }

        return container;
    }

    public static JsonObject ColumnSet(IEnumerable<JsonObject> columns, string? spacing = null) =>
        Spaced(new JsonObject { ["type"] = "ColumnSet", ["columns"] = Array(columns) }, spacing);

    /// <summary>A column; <paramref name="width"/> is <c>auto</c>, <c>stretch</c> or a relative weight.</summary>
    public static JsonObject Column(JsonNode width, IEnumerable<JsonObject?> items, string? verticalAlignment = null)
    {
        var column = new JsonObject { ["type"] = "Column", ["width"] = width, ["items"] = Array(items) };
        Set(column, "verticalContentAlignment", verticalAlignment);
        return column;
    }

    public static JsonObject FactSet(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = Array(facts.Select(f => new JsonObject { ["title"] = f.Title, ["value"] = f.Value })),
    };

    /// <summary>
    /// A 1.5 <c>Table</c>. The renderers read <c>firstRowAsHeaders</c> (plural), whatever the schema file says (§5.2).
    /// </summary>
    public static JsonObject Table(IEnumerable<(int Width, bool Right)> columns, IEnumerable<JsonObject> rows) => new()
    {
        ["type"] = "Table",
        ["firstRowAsHeaders"] = true,
        ["columns"] = Array(columns.Select(c =>
        {
            var definition = new JsonObject { ["width"] = c.Width };
            if (c.Right)
            {
                definition["horizontalCellContentAlignment"] = "Right";
            }

            return definition;
        })),
        ["rows"] = Array(rows),
    };

    public static JsonObject Row(IEnumerable<JsonObject> cells, string? style = null)
    {
        var row = new JsonObject { ["type"] = "TableRow", ["cells"] = Array(cells) };
        Set(row, "style", style);
        return row;
    }

    public static JsonObject Cell(JsonObject? item) =>
        new() { ["type"] = "TableCell", ["items"] = item is null ? new JsonArray() : new JsonArray(item) };

    public static JsonObject ActionSet(IEnumerable<JsonObject> actions) =>
        new() { ["type"] = "ActionSet", ["actions"] = Array(actions) };

    public static JsonObject ShowCard(string title, IEnumerable<JsonObject?> body) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = Array(body) },
    };

    private static JsonObject Spaced(JsonObject element, string? spacing)
    {
        Set(element, "spacing", spacing);
        return element;
    }

    private static void Set(JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            target[name] = value;
        }
    }

    private static JsonArray Array(IEnumerable<JsonObject?> items) => new([.. items.OfType<JsonObject>()]);
}
