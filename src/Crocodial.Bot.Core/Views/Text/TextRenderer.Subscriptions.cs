namespace Crocodial.Bot.Core.Views.Text;

public static partial class TextRenderer
{
    private const string ItemIndent = "  ";

    /// <summary>
    /// The title and intro, then one block per subscription: its heading, its lines indented under it, and the
    /// commands its buttons would send; then the note and the view's own commands.
    /// </summary>
    public static string Render(SubscriptionsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var lines = new List<string> { view.Title };
        AddIfSet(lines, view.Intro);
        foreach (var item in view.Items)
        {
            lines.Add("");
            lines.AddRange(TextLayout.Wrap(item.Heading, "", ItemIndent));
            foreach (var line in item.Lines)
            {
                lines.AddRange(TextLayout.Wrap(line, ItemIndent, ItemIndent + ItemIndent));
            }

            lines.AddRange(ActionLines(item.Actions).Select(l => ItemIndent + l));
        }

        if (!string.IsNullOrWhiteSpace(view.Note))
        {
            lines.Add("");
            lines.AddRange(TextLayout.Wrap(view.Note));
        }

        AddActions(lines, view.Actions);
        return Join(lines);
    }
}
