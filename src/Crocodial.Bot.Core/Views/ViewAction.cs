namespace Crocodial.Bot.Core.Views;

/// <summary>A button: its label, and the command text a click sends back through the parser.</summary>
public sealed record ViewAction(string Label, string Command);
