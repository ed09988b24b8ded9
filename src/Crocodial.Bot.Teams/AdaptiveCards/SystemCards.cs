using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Views;
using static Crocodial.Bot.Teams.AdaptiveCards.CardElements;

namespace Crocodial.Bot.Teams.AdaptiveCards;

/// <summary>The cards that come from the channel rather than from a view: welcome on install, and "working".</summary>
public static class SystemCards
{
    public const string WelcomeTitle = "Hi, I'm Crocodial Bot";

    /// <summary>
    /// Sent once when the app is installed. In a personal chat the user just types; in a team or group chat the
    /// bot only hears messages that @mention it, so the card says so.
    /// </summary>
    public static JsonObject Welcome(bool personal, string? botName)
    {
        var mention = "@" + (string.IsNullOrWhiteSpace(botName) ? "Crocodial Bot" : botName);
        var intro = personal
            ? "Ask me for inbound call stats in plain words, here in this chat. I answer with the numbers from the report API."
            : $"Thanks for adding me. I answer questions about inbound call stats here: mention me ({mention}) followed by the question.";
        string Example(string command) => personal ? command : $"{mention} {command}";
        var examples = new[]
        {
            new ViewAction("Yesterday", "stats yesterday"),
            new ViewAction("Last week for one tenant", "stats last week for TTY"),
            new ViewAction("Per-day table", "calls per day last week"),
            new ViewAction("Help", "help"),
        };
        var body = new List<JsonObject?>
        {
            Text(WelcomeTitle, size: "Medium", weight: "Bolder", style: "heading"),
            Text(intro),
            Text("Try", weight: "Bolder", separator: true),
            FactSet(examples.Select(e => (Example(e.Command), e.Label))),
            personal ? null : Text("Each question gets its answer in the thread where it was asked.", size: "Small", subtle: true),
        };
        var fallback = $"{WelcomeTitle}. {intro} Try: {string.Join("; ", examples.Select(e => Example(e.Command)))}.";
        return Card(fallback, body, CardActions.All(examples));
    }

    /// <summary>The invoke answer when the report is not ready within 5 s; replaced for everyone when it is.</summary>
    public static JsonObject Working(string? fetchingLine)
    {
        var line = string.IsNullOrWhiteSpace(fetchingLine) ? "Working on it…" : fetchingLine;
        return Card("Working on it… " + line,
            [Text("Working on it…", weight: "Bolder"), Text(line, subtle: true, spacing: "Small")], []);
    }

    /// <summary>A short sentence as a card, for invoke answers that cannot wait (busy, bad button).</summary>
    public static JsonObject Notice(string sentence) => Card(sentence, [Text(sentence)], []);
}
