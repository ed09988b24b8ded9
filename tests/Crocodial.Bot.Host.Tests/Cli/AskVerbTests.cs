using Crocodial.Bot.Host.Cli;

namespace Crocodial.Bot.Host.Tests.Cli;

public class AskVerbTests
{
    [Fact]
    public async Task LastWeek_AnswersWithExactDatesAndTenant()
    {
        var (code, stdout, _) = await Ask("inbound stats last week for TTY", "--today", "2025-06-11");

        Assert.Equal(0, code);
        Assert.Contains("TTY · Mon 2 – Sun 8 Jun (7 days)", stdout, StringComparison.Ordinal);
        Assert.Contains("Avg wait in queue", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoDates_SaysTheDefaultWasApplied()
    {
        var (code, stdout, _) = await Ask("abandon rate for AAA", "--today=2025-06-11");

        Assert.Equal(0, code);
        Assert.Contains("No dates given: showing today so far", stdout, StringComparison.Ordinal);
        Assert.Contains("» Abandon rate", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_ShowsBothPeriodsAndChanges()
    {
        var (code, stdout, _) = await Ask("compare last week with the week before for TTY", "--today", "2025-06-11");

        Assert.Equal(0, code);
        Assert.Contains("vs Mon 26 May – Sun 1 Jun", stdout, StringComparison.Ordinal);
        Assert.Matches("[▲▼]", stdout);
    }

    [Fact]
    public async Task PerDay_ShowsATableRowForEachDay()
    {
        var (code, stdout, _) = await Ask("calls per day May 20-26 for TTY", "--today", "2025-06-11");

        Assert.Equal(0, code);
        Assert.Contains("Tue 20 May", stdout, StringComparison.Ordinal);
        Assert.Contains("Mon 26 May", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gibberish_GetsHelpWithExamples()
    {
        var (code, stdout, _) = await Ask("blorp zzz");

        Assert.Equal(0, code);
        Assert.Contains("Examples", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_GivesTheFormula()
    {
        var (_, stdout, _) = await Ask("how is abandon rate computed");

        Assert.Contains("abandoned ÷ queued", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidDate_SaysSoWithAWorkingExample()
    {
        var (_, stdout, _) = await Ask("stats Feb 30 2025 for TTY", "--today", "2025-06-11");

        Assert.Contains("couldn't read", stdout, StringComparison.Ordinal);
        Assert.Contains("May 20 to 30", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FuturePeriod_SaysItHasNotStarted()
    {
        var (_, stdout, _) = await Ask("stats next week for TTY", "--today", "2025-06-11");

        Assert.Contains("hasn't started yet", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XAUTH", 2)]
    [InlineData("X500", 1)]
    [InlineData("XJSON", 1)]
    public async Task FaultTenants_ExitWithTheMatchingCode(string tenant, int expected)
    {
        var (code, stdout, _) = await Ask($"stats yesterday for {tenant}", "--today", "2025-06-11");

        Assert.Equal(expected, code);
        Assert.Contains("Couldn't get the report", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedTenant_IsNamedAndNoReportIsShown()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Access:Rules:0:Channel"] = "cli",
            ["Access:Rules:0:Tenants:0"] = "TTY",
        };

        var (code, stdout, _) = await Ask(settings, "stats yesterday for AAA", "--today", "2025-06-11");

        Assert.Equal(2, code);
        Assert.Contains("This channel can't see AAA — ask an admin.", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Avg wait", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoText_IsAUsageError()
    {
        var (code, _, stderr) = await Ask("--today", "2025-06-11");

        Assert.Equal(2, code);
        Assert.Contains("usage: ask", stderr, StringComparison.Ordinal);
    }

    private static Task<(int, string, string)> Ask(params string[] args) => Ask(new Dictionary<string, string?>(), args);

    private static async Task<(int Code, string Stdout, string Stderr)> Ask(Dictionary<string, string?> settings, params string[] args)
    {
        settings["Crocodial:BaseUrl"] = "";
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await AskVerb.RunAsync(args, stdout, stderr, settings);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
