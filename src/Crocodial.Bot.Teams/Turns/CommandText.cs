using System.Text.Json;
using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.AdaptiveCards;

namespace Crocodial.Bot.Teams.Turns;

/// <summary>
/// The words a turn asks: typed text without the bot's mention, or the <c>command</c> a card button carries.
/// Button data is untrusted input like typed text: it is only ever parsed, never executed as given.
/// </summary>
public static class CommandText
{
    /// <summary>A message: an <c>Action.Submit</c> button's command if present, else the text without the bot's mention.</summary>
    public static string FromMessage(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Command(activity.Value) ?? BotMention.StripFrom(activity);
    }

    /// <summary>An <c>adaptiveCard/action</c> invoke: <c>value.action.data.command</c> of an <c>Action.Execute</c>, or null.</summary>
    public static string? FromInvoke(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || type.GetString() != "Action.Execute"
            || !action.TryGetProperty("data", out var data))
        {
            return null;
        }

        return Command(data);
    }

    private static string? Command(JsonElement? value)
    {
        if (value is not { } element)
        {
            return null;
        }

        // messageBack may deliver the data as a serialized JSON string.
        if (element.ValueKind == JsonValueKind.String)
        {
            try
            {
                using var document = JsonDocument.Parse(element.GetString() ?? "");
                return Command(document.RootElement.Clone());
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty(CardActions.CommandKey, out var command) && command.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(command.GetString())
                ? command.GetString()!.Trim()
                : null;
    }
}
