using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Commands.Text;

namespace Crocodial.Bot.Core.Tests.Commands;

public class TypoCorrectorTests
{
    [Theory]
    [InlineData("yesterdy", "yesterday")]
    [InlineData("yesteday", "yesterday")]
    [InlineData("wek", "week")]
    [InlineData("ths", "this")]
    [InlineData("lst", "last")]
    [InlineData("mnth", "month")]
    [InlineData("tomorow", "tomorrow")]
    [InlineData("febuary", "february")]
    [InlineData("wednsday", "wednesday")]
    [InlineData("subscirbe", "subscribe")]
    [InlineData("comapre", "compare")]
    public void Correct_NearMiss_IsTheWordMeant(string typed, string meant) =>
        Assert.Equal(meant, TypoCorrector.Correct(typed));

    [Theory]
    [InlineData("tty")]
    [InlineData("acme")]
    [InlineData("xyz")]
    [InlineData("ystrdy")]
    [InlineData("wk")]
    [InlineData("mart")]
    [InlineData("frdy")]
    public void Correct_FarOrShortWord_IsLeftAlone(string typed) => Assert.Null(TypoCorrector.Correct(typed));

    [Theory]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("week", "wek", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_IsOptimalStringAlignment(string a, string b, int distance) =>
        Assert.Equal(distance, TypoCorrector.Distance(a, b, 5));

    [Fact]
    public void Parse_ExactVocabularyWord_IsNeverCorrected()
    {
        var command = CommandParser.Parse("stats for may", new DateOnly(2025, 6, 11), DayOfWeek.Monday);
        Assert.Empty(command.Corrections);
        Assert.Empty(command.Tenants);
    }

    [Fact]
    public void Parse_WordInTenantSlot_IsNotCorrected()
    {
        // "mrch" is one edit from "march", but after "for" it could be a tenant code: taken as typed.
        var command = CommandParser.Parse("stats for mrch", new DateOnly(2025, 6, 11), DayOfWeek.Monday);
        Assert.Equal(["MRCH"], command.Tenants);
        Assert.Null(command.Range);
    }

    [Fact]
    public void Parse_Typo_IsReportedAsCorrection()
    {
        var command = CommandParser.Parse("yesterdy for TTY", new DateOnly(2025, 6, 11), DayOfWeek.Monday);
        Assert.Equal([new WordCorrection("yesterdy", "yesterday")], command.Corrections);
        Assert.Equal("yesterdy", command.DateText);
    }
}
