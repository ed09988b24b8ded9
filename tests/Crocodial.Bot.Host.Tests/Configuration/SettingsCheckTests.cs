using Crocodial.Bot.Host.Configuration;
using Microsoft.Extensions.Configuration;

namespace Crocodial.Bot.Host.Tests.Configuration;

public class SettingsCheckTests
{
    private static IReadOnlyList<string> Check(Dictionary<string, string?> settings) =>
        SettingsCheck.Problems(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    [Fact]
    public void Defaults_HaveNoProblem() => Assert.Empty(Check([]));

    [Fact]
    public void EveryBadKey_IsNamedAtOnce()
    {
        var problems = Check(new()
        {
            ["Crocodial:TimeZone"] = "Mars/Base",
            ["Crocodial:WeekStart"] = "friday",
            ["Crocodial:BaseUrl"] = "https://acme.croco-dial.net",
            ["Bot:DefaultRange"] = "tomorrow",
            ["Bot:Culture"] = "xx-NOPE",
            ["Access:Rules:0:Channel"] = "cli",
        });

        Assert.Collection(
            problems,
            p => Assert.StartsWith("Crocodial:User", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Crocodial:Password", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Crocodial:TimeZone", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Crocodial:WeekStart", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Bot:DefaultRange", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Bot:Culture", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Access:Rules:0:Tenants", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Subscriptions_BadTimeSpans_AreAllNamed()
    {
        var problems = Check(new()
        {
            ["Subscriptions:CatchUpWindow"] = "two hours",
            ["Subscriptions:ClaimLease"] = "00:00:00",
            ["Subscriptions:RetryDeadline"] = "-00:01:00",
            ["Subscriptions:TickInterval"] = "00:00:05",
        });

        Assert.Equal(
            [
                "Subscriptions:CatchUpWindow must be a time span such as 00:10:00 (got 'two hours').",
                "Subscriptions:ClaimLease must be a positive time span such as 00:10:00 (got '00:00:00').",
                "Subscriptions:RetryDeadline must be a positive time span such as 00:10:00 (got '-00:01:00').",
            ],
            problems);
    }

    [Theory]
    [InlineData("acme.croco-dial.net")]
    [InlineData("ftp://acme.croco-dial.net")]
    [InlineData("https://acme.croco-dial.net/goAPIv2/goReports/goAPI.php")]
    public void BaseUrl_NotASiteRoot_IsNamed(string baseUrl)
    {
        var problems = Check(new() { ["Crocodial:BaseUrl"] = baseUrl, ["Crocodial:User"] = "u", ["Crocodial:Password"] = "p" });

        Assert.StartsWith("Crocodial:BaseUrl", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Password_IsNeverRepeated()
    {
        var problems = Check(new() { ["Crocodial:BaseUrl"] = "not a url", ["Crocodial:User"] = "u", ["Crocodial:Password"] = "hunter2" });

        Assert.DoesNotContain(problems, p => p.Contains("hunter2", StringComparison.Ordinal));
    }
}
