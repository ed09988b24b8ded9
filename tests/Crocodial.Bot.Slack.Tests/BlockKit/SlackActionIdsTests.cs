using Crocodial.Bot.Slack.BlockKit;

namespace Crocodial.Bot.Slack.Tests.BlockKit;

public class SlackActionIdsTests
{
    [Theory]
    [InlineData("crocodial_run_0", true)]
    [InlineData("crocodial_run_12", true)]
    [InlineData("crocodial_run_", false)]
    [InlineData("crocodial_run_x", false)]
    [InlineData("crocodial_share", false)]
    [InlineData("other_run_1", false)]
    public void IsRun_AcceptsOnlyOurNumberedButtons(string actionId, bool expected) =>
        Assert.Equal(expected, SlackActionIds.IsRun(actionId));

    [Fact]
    public void Run_NumbersButtonsInOrder() => Assert.Equal("crocodial_run_3", SlackActionIds.Run(3));
}
