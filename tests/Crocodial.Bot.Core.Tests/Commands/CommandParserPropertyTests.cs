using Crocodial.Bot.Core.Commands;
using CsCheck;

namespace Crocodial.Bot.Core.Tests.Commands;

/// <summary>User input never throws: any text, any today, any week start gives a well-formed command.</summary>
public class CommandParserPropertyTests
{
    private static readonly string[] Words =
    [
        "last", "past", "this", "next", "from", "to", "since", "between", "and", "for", "tenant", "tenants", "all",
        "week", "weeks", "month", "months", "day", "days", "year", "quarter", "half", "fortnight", "ago", "before",
        "yesterday", "today", "tomorrow", "may", "dec", "feb", "29", "30", "31", "0", "1", "7", "53", "54", "2024",
        "2025", "99999999999", "1st", "32nd", "q2", "q5", "h1", "w21", "week", "-", "/", "..", ",", "vs", "compare",
        "subscribe", "unsubscribe", "at", "8:00", "25:00", "12pm", "europe/madrid", "cet", "daily", "every", "monday",
        "mondays", "TTY", "acme", "T42", "abandon", "rate", "aht", "per", "table", "chart", "help", "?", "20/05/2025",
        "2025-13-01", "05/20", "20-30", "2025-W21", "onwards", "the", "of", "a", "thirty", "one", "@bot", "🙂", "\t",
        "same", "period", "ytd", "mtd", "wtd", "qtd", "explain", "subscription", "send", "now", "skip", "empty",
    ];

    private static readonly Gen<DateOnly> Today = Gen.DateOnly[new DateOnly(1990, 1, 1), new DateOnly(2090, 12, 31)];

    private static readonly Gen<DayOfWeek> WeekStart = Gen.OneOf(DayOfWeek.Monday, DayOfWeek.Sunday);

    [Fact]
    public void Parse_RandomText_NeverThrowsAndIsWellFormed() =>
        Gen.Select(Gen.String, Today, WeekStart).Sample((text, today, week) => AssertWellFormed(text, today, week), iter: 3000);

    [Fact]
    public void Parse_AnyUnicodeOrControlCharacters_IsWellFormed() =>
        Gen.Select(Gen.Char.Array[0, 300].Select(c => new string(c)), Today, WeekStart)
            .Sample((text, today, week) => AssertWellFormed(text, today, week), iter: 3000);

    [Fact]
    public void Parse_VocabularySoup_IsWellFormed() =>
        Gen.Select(Gen.OneOf(Words).Array[0, 14].Select(w => string.Join(' ', w)), Today, WeekStart)
            .Sample((text, today, week) => AssertWellFormed(text, today, week), iter: 20_000);

    [Fact]
    public void Parse_VocabularyWithoutSpaces_IsWellFormed() =>
        Gen.Select(Gen.OneOf(Words).Array[0, 10].Select(w => string.Concat(w)), Today, WeekStart)
            .Sample((text, today, week) => AssertWellFormed(text, today, week), iter: 5000);

    [Theory]
    [InlineData("-")]
    [InlineData("/")]
    [InlineData("..")]
    [InlineData("1/")]
    [InlineData("last ")]
    [InlineData("for a, ")]
    [InlineData("🙂")]
    [InlineData("\0")]
    [InlineData("ａ")]
    public void Parse_HundredThousandCharacters_IsWellFormed(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, (100_000 / unit.Length) + 1));
        AssertWellFormed(text, new DateOnly(2025, 6, 11), DayOfWeek.Monday);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200b")]
    public void Parse_NothingToRead_IsHelp(string? text) =>
        Assert.Equal(CommandIntent.Help, CommandParser.Parse(text, new DateOnly(2025, 6, 11), DayOfWeek.Monday).Intent);

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Parse_ExtremeToday_IsWellFormed(string today)
    {
        foreach (var text in new[] { "last 3 months", "next year", "since 2024", "week 53", "Dec 20 to Jan 5", "compare ytd" })
        {
            var command = CommandParser.Parse(text, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), DayOfWeek.Sunday);
            Assert.True(command.Range is null || command.Range.Value.From <= command.Range.Value.To);
        }
    }

    private static void AssertWellFormed(string text, DateOnly today, DayOfWeek week)
    {
        var c = CommandParser.Parse(text, today, week);
        Assert.True(c.Range is null == c.Reason is not null, "reason is set exactly when there is no range");
        if (c.Range is { } r)
        {
            Assert.True(r.From <= r.To && r.To <= today, $"range {r} for today {today}");
        }

        if (c.CompareRange is { } b)
        {
            Assert.True(b.From <= b.To && b.To <= today, $"compare range {b} for today {today}");
        }

        Assert.Equal(c.Tenants.Count, c.Tenants.Distinct(StringComparer.Ordinal).Count());
        foreach (var tenant in c.Tenants)
        {
            Assert.True(tenant.Length is >= 2 and <= 10 && char.IsAsciiLetterUpper(tenant[0])
                        && tenant.All(ch => char.IsAsciiLetterUpper(ch) || char.IsAsciiDigit(ch)), tenant);
        }

        Assert.True(c.AllTenants == false || c.Tenants.Count == 0 || c.AllTenants);
        Assert.True(c.View is null == c.Intent is not (CommandIntent.Report or CommandIntent.Compare));
        if (c.Subscription is { } s)
        {
            Assert.NotEmpty(s.Days);
            Assert.True(s.Time is null == (s.TimeProblem != ScheduleProblem.None));
        }
    }
}
