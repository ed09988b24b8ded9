namespace Crocodial.Bot.Core.Views;

/// <summary>A button: its label, and the command text a click sends back through the parser.</summary>
public sealed record ViewAction(string Label, string Command)
{
    /// <summary>
    /// Set on a button that stops or removes something: the question to confirm before it runs ("Stop daily
    /// summary #7 in this channel?"). Slack asks it in a dialog; Teams, which has none, marks the button destructive.
    /// </summary>
    public string? Confirm { get; init; }
}
