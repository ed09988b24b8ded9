namespace Crocodial.Bot.Core.Views;

/// <summary>A short help answer: working examples, and a "did you mean" for a near miss.</summary>
public sealed record HelpView(
    string Title,
    string Intro,
    IReadOnlyList<ViewAction> Examples,
    ViewAction? DidYouMean) : IChatView
{
    public static IReadOnlyList<ViewAction> DefaultExamples { get; } =
    [
        new("Yesterday for one tenant", "stats yesterday for TTY"),
        new("A metric over last week", "abandon rate last week for AAA and BBB"),
        new("Per-day table", "calls per day May 20-30"),
        new("Compare two periods", "compare last week with the week before for TTY"),
        new("What a KPI means", "how is abandon rate computed"),
        new("A morning post", "subscribe daily at 8:00 for TTY"),
    ];

    /// <param name="suggestion">A command close to what was typed, shown as "Did you mean …?".</param>
    public static HelpView Build(string? suggestion = null) => new(
        "Crocodial Bot help",
        "Ask for inbound call stats in plain words: a period, optionally tenants after \"for\", and a metric. " +
        "Add \"per day\" for a table or \"chart\" for a chart.",
        DefaultExamples,
        string.IsNullOrWhiteSpace(suggestion) ? null : new ViewAction($"Did you mean “{suggestion}”?", suggestion));
}
