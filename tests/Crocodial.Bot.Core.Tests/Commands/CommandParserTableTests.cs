namespace Crocodial.Bot.Core.Tests.Commands;

public class CommandParserTableTests
{
    public static TheoryData<string> DateRules => CaseTable.Rows(DateRuleCases.Table);

    public static TheoryData<string> Commands => CaseTable.Rows(CommandCases.Table);

    public static TheoryData<string> Phrasings => CaseTable.Rows(PhrasingCases.Table);

    [Theory]
    [MemberData(nameof(DateRules))]
    public void Parse_DateRuleRow_MatchesExpectations(string row) => Check(row);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Parse_CommandRow_MatchesExpectations(string row) => Check(row);

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Parse_EverydayPhrasingRow_MatchesExpectations(string row) => Check(row);

    private static void Check(string row)
    {
        var (command, expected) = CaseTable.Parse(row);
        var bad = CaseTable.Mismatches(command, expected);
        Assert.True(bad.Count == 0, $"{row}\n  {string.Join("\n  ", bad)}");
    }
}
