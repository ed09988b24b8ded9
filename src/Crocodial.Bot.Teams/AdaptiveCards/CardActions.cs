using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Views;

namespace Crocodial.Bot.Teams.AdaptiveCards;

/// <summary>
/// Buttons: <c>Action.Execute</c> (answered in the invoke response, DECISIONS §6) with an <c>Action.Submit</c>
/// fallback for clients without the Universal Action Model. Both carry only the command text, which goes back
/// through the parser and the access check like typed text.
/// </summary>
public static class CardActions
{
    public const string RunVerb = "crocodial.run";
    public const string CommandKey = "command";

    /// <summary>The Adaptive Cards default host config allows five actions; more are cut off or flagged.</summary>
    public const int MaxActions = 5;

    /// <summary>
    /// Every button on one card, in action sets too. Teams shows about six before a card turns into a wall of
    /// buttons (and a phone into a long scroll); views with a button per item stop giving items buttons here.
    /// </summary>
    public const int MaxButtonsPerCard = 6;

    public static JsonObject Run(ViewAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = action.Label,
            ["verb"] = RunVerb,
            ["data"] = new JsonObject { [CommandKey] = action.Command },
            ["fallback"] = new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = action.Label,
                ["data"] = new JsonObject { [CommandKey] = action.Command },
            },
        };
    }

    public static IEnumerable<JsonObject> All(IEnumerable<ViewAction> actions) => actions.Take(MaxActions).Select(Run);
}
