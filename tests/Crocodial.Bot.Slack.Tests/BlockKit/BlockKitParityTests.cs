using Crocodial.Bot.Slack.BlockKit;

namespace Crocodial.Bot.Slack.Tests.BlockKit;

/// <summary>Nothing a view says is lost in Slack: every string of it appears in the payload a reader sees.</summary>
public class BlockKitParityTests
{
    public static TheoryData<string> Names() => [.. SlackViewSamples.All().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_EveryViewString_AppearsInPayload(string name)
    {
        var view = SlackViewSamples.All().Single(s => s.Name == name).View;
        var message = BlockKitRenderer.Render(view);
        var seen = SlackPayloadText.All(message.Text, message.Blocks);

        Assert.All(ViewStrings.Of(view), s => Assert.Contains(s, seen, StringComparison.Ordinal));
    }
}
