namespace Crocodial.Bot.Core.Tests;

public class SmokeTests
{
    [Fact]
    public void Placeholder() => Assert.True(true);
}
