using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Core.Views.Text;
using Crocodial.Bot.Teams.Activities;
using static Crocodial.Bot.Teams.AdaptiveCards.CardElements;

namespace Crocodial.Bot.Teams.AdaptiveCards;

/// <summary>
/// Renders views as Adaptive Cards 1.5 as Teams shows them (§5): every card sets <c>version</c> (Teams mobile
/// drops cards without it) and carries the plain-text rendering as <c>fallbackText</c>. It only arranges the
/// view's finished strings and leaves out empty parts.
/// </summary>
public static partial class AdaptiveCardRenderer
{
    public static JsonObject Render(IChatView view) => view switch
    {
        ReportView report => Render(report),
        ExplainView explain => Render(explain),
        HelpView help => Render(help),
        ErrorView error => Render(error),
        SubscriptionsView subscriptions => Render(subscriptions),
        null => throw new ArgumentNullException(nameof(view)),
        _ => throw new NotSupportedException($"No Adaptive Card for {view.GetType().Name}."),
    };

    /// <summary>
    /// The message to send: the card alone, never with <c>text</c> (Teams would split it and return no id),
    /// and a one-line <c>summary</c> for notifications and the activity feed.
    /// </summary>
    public static Activity ToActivity(IChatView view) => Activity.CreateCard(Attachment.AdaptiveCard(Render(view)), Summary(view));

    public static Activity ToActivity(JsonObject card, string summary) => Activity.CreateCard(Attachment.AdaptiveCard(card), summary);

    /// <summary>One line: the title and, for a report, its tenants, dates and headline number.</summary>
    public static string Summary(IChatView view) => view switch
    {
        ReportView r when (r.Kpis.FirstOrDefault(k => k.Highlighted) ?? (r.Kpis.Count > 0 ? r.Kpis[0] : null)) is { } kpi
            => $"{r.Title}: {r.TenantsLine}, {r.DatesLine}. {kpi.Label} {kpi.Value}",
        ReportView r => $"{r.Title}: {r.TenantsLine}, {r.DatesLine}",
        ErrorView e => $"{e.Title}: {e.Problem}",
        null => throw new ArgumentNullException(nameof(view)),
        _ => view.Title,
    };

    public static JsonObject Render(HelpView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<JsonObject?>
        {
            Heading(view.Title),
            Text(view.Intro),
        };
        if (view.DidYouMean is { } suggestion)
        {
            body.Add(Text(suggestion.Label, weight: "Bolder", color: "Accent"));
        }

        if (view.Examples.Count > 0)
        {
            body.Add(Text("Examples", weight: "Bolder", separator: true));
            body.Add(FactSet(view.Examples.Select(e => (e.Command, e.Label))));
        }

        IEnumerable<ViewAction> buttons = view.DidYouMean is { } dym ? [dym, .. view.Examples] : view.Examples;
        return Card(TextRenderer.Render(view), body, CardActions.All(buttons));
    }

    public static JsonObject Render(ErrorView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<JsonObject?>
        {
            Heading(view.Title, "Attention"),
            view.Understood is { } understood ? Text("Understood: " + understood, subtle: true, spacing: "Small") : null,
            Text(view.Problem),
            view.Example is { } example ? Text("Example that works: " + example, subtle: true) : null,
        };
        return Card(TextRenderer.Render(view), body, CardActions.All(view.Actions));
    }

    public static JsonObject Render(ExplainView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<JsonObject?> { Heading(view.Title), Text(view.Intro, subtle: true) };
        foreach (var entry in view.Entries)
        {
            body.Add(Container(
            [
                Text($"{entry.Label} = {entry.Formula}", weight: "Bolder"),
                Text(entry.Meaning, spacing: "None"),
            ], spacing: "Medium"));
        }

        if (view.ServiceLevelNote is { } serviceLevel)
        {
            body.Add(Text(serviceLevel, subtle: true, separator: true));
        }

        return Card(TextRenderer.Render(view), body, CardActions.All(view.Actions));
    }

    private static JsonObject Heading(string text, string? color = null) =>
        Text(text, size: "Medium", weight: "Bolder", color: color, style: "heading");
}
