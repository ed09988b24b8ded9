using Crocodial.Bot.Host.Cli;

namespace Crocodial.Bot.Host.Tests.Cli;

public class ReportArgumentsTests
{
    private static readonly DateOnly Today = new(2025, 6, 11);

    [Fact]
    public void FromTo_RepeatedAndCommaTenants_AreReadInOrderWithoutDuplicates()
    {
        var parsed = ReportArguments.Parse(
            ["--tenant", "tty", "--tenant=AAA,bbb", "--tenant", "TTY", "--from", "2025-05-20", "--to=2025-05-26"], Today);

        Assert.Null(parsed.Error);
        Assert.Equal(["TTY", "AAA", "BBB"], parsed.Tenants);
        Assert.Equal(new(new DateOnly(2025, 5, 20), new DateOnly(2025, 5, 26)), parsed.Range);
    }

    [Fact]
    public void NoDates_LeavesRangeToTheDefault()
    {
        var parsed = ReportArguments.Parse(["--tenant", "TTY"], Today);

        Assert.Null(parsed.Error);
        Assert.Null(parsed.Range);
    }

    [Fact]
    public void FromOnly_RunsUntilToday()
    {
        var parsed = ReportArguments.Parse(["--from", "2025-06-01"], Today);

        Assert.Equal(new(new DateOnly(2025, 6, 1), Today), parsed.Range);
    }

    [Fact]
    public void ToOnly_IsThatDay()
    {
        var parsed = ReportArguments.Parse(["--to", "2025-06-01"], Today);

        Assert.Equal(new(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 1)), parsed.Range);
    }

    [Fact]
    public void EndAfterToday_IsCutAtToday()
    {
        var parsed = ReportArguments.Parse(["--from", "2025-06-01", "--to", "2025-06-30"], Today);

        Assert.Equal(Today, parsed.Range!.Value.To);
    }

    [Theory]
    [InlineData("--from", "2025-06-12", "after today")]
    [InlineData("--from", "20/05/2025", "YYYY-MM-DD")]
    [InlineData("--tenant", "T", "not a tenant code")]
    [InlineData("--tenant", "1AB", "not a tenant code")]
    [InlineData("--verbose", "x", "Unknown argument")]
    public void BadArguments_SayWhatIsWrong(string option, string value, string expected)
    {
        var parsed = ReportArguments.Parse([option, value], Today);

        Assert.Contains(expected, parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReversedDates_AreAUsageError()
    {
        var parsed = ReportArguments.Parse(["--from", "2025-05-26", "--to", "2025-05-20"], Today);

        Assert.Contains("is after --to", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingValue_IsAUsageError()
    {
        Assert.Equal("--tenant needs a value.", ReportArguments.Parse(["--tenant"], Today).Error);
    }
}
