using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Slack.BlockKit;
using Crocodial.Bot.Teams.AdaptiveCards;

namespace Crocodial.Bot.Host.Tests.Subscriptions;

/// <summary>
/// Whether a channel can lay out a <see cref="SubscriptionsView"/> yet: the renderers come from another branch.
/// Tests whose answer is such a view are skipped, saying why, until it can; they then run with no change.
/// </summary>
internal static class Renderers
{
    private static readonly SubscriptionsView Probe = new("Daily summaries in this channel", null, [], null, []);

    public static void RequireSlack() => Require(() => BlockKitRenderer.Render(Probe), "Block Kit");

    public static void RequireTeams() => Require(() => AdaptiveCardRenderer.Render(Probe), "Adaptive Card");

    private static void Require(Action render, string layout)
    {
        try
        {
            render();
        }
        catch (NotSupportedException)
        {
            Assert.Skip($"No {layout} layout for SubscriptionsView on this branch yet (it comes with the renderers' branch).");
        }
    }
}
