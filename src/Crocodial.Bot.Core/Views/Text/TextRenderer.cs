namespace Crocodial.Bot.Core.Views.Text;

/// <summary>
/// Renders views as plain text for the terminal (the <c>ask</c> and <c>report</c> verbs): at most 100 columns,
/// aligned for a monospace font. It only arranges the view's strings and leaves out empty parts.
/// </summary>
public static partial class TextRenderer
{
    public static string Render(IChatView view) => view switch
    {
        ReportView report => Render(report),
        ExplainView explain => Render(explain),
        HelpView help => Render(help),
        ErrorView error => Render(error),
        SubscriptionsView subscriptions => Render(subscriptions),
        null => throw new ArgumentNullException(nameof(view)),
        _ => throw new NotSupportedException($"No text layout for {view.GetType().Name}."),
    };

    public static string Render(HelpView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var lines = new List<string> { view.Title };
        lines.AddRange(TextLayout.Wrap(view.Intro));
        if (view.DidYouMean is { } suggestion)
        {
            lines.Add("");
            lines.Add(suggestion.Label);
        }

        if (view.Examples.Count > 0)
        {
            lines.Add("");
            lines.Add("Examples:");
            lines.AddRange(TextLayout.Columns(
                [.. view.Examples.Select(e => (IReadOnlyList<string>)["  " + e.Command, e.Label])], [false, false], "    "));
        }

        return Join(lines);
    }

    public static string Render(ErrorView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var lines = new List<string> { view.Title };
        if (view.Understood is { } understood)
        {
            lines.AddRange(TextLayout.Wrap(understood, "Understood: ", "  "));
        }

        lines.AddRange(TextLayout.Wrap(view.Problem));
        if (view.Example is { } example)
        {
            lines.Add("Example that works: " + example);
        }

        AddActions(lines, view.Actions);
        return Join(lines);
    }

    public static string Render(ExplainView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var lines = new List<string> { view.Title };
        lines.AddRange(TextLayout.Wrap(view.Intro));
        foreach (var entry in view.Entries)
        {
            lines.Add("");
            lines.AddRange(TextLayout.Wrap($"{entry.Label} = {entry.Formula}"));
            lines.AddRange(TextLayout.Wrap(entry.Meaning, "    ", "    "));
        }

        if (view.ServiceLevelNote is { } serviceLevel)
        {
            lines.Add("");
            lines.AddRange(TextLayout.Wrap(serviceLevel));
        }

        AddActions(lines, view.Actions);
        return Join(lines);
    }

    private static void AddActions(List<string> lines, IReadOnlyList<ViewAction> actions)
    {
        if (actions.Count == 0)
        {
            return;
        }

        lines.Add("");
        lines.AddRange(ActionLines(actions));
    }

    private static IEnumerable<string> ActionLines(IReadOnlyList<ViewAction> actions) =>
        TextLayout.Columns([.. actions.Select(a => (IReadOnlyList<string>)["Try: " + a.Command, $"({a.Label})"])], [false, false], "   ");

    private static string Join(List<string> lines) => string.Join('\n', lines) + "\n";
}
