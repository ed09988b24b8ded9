using System.Text.Json;
using Crocodial.Bot.Host.Cli;

namespace Crocodial.Bot.Host.Tests.Cli;

public class ParseVerbTests
{
    private static readonly string[] ContractFields =
    [
        "from", "to", "tenants", "allTenants", "intent", "view", "metric", "reason", "compareFrom", "compareTo",
        "schedule", "suggestion",
    ];

    [Fact]
    public void Run_SingleCommand_PrintsOneObjectWithContractFieldsInOrder()
    {
        var (code, lines, error) = Run(["--today", "2025-06-11", "inbound stats last week for TTY"]);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var root = Assert.Single(lines).RootElement;
        Assert.Equal(ContractFields, root.EnumerateObject().Select(p => p.Name).Take(ContractFields.Length));
        Assert.Equal("2025-06-02", root.GetProperty("from").GetString());
        Assert.Equal("2025-06-08", root.GetProperty("to").GetString());
        Assert.Equal(["TTY"], root.GetProperty("tenants").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("report", root.GetProperty("intent").GetString());
        Assert.Equal("summary", root.GetProperty("view").GetString());
        Assert.Equal("inbound_calls", root.GetProperty("metric").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("reason").ValueKind);
    }

    [Fact]
    public void Run_SundayWeekStart_ChangesLastWeek()
    {
        var (_, lines, _) = Run(["--today", "2025-06-11", "--week-start", "sunday", "last week"]);

        Assert.Equal("2025-06-01", lines[0].RootElement.GetProperty("from").GetString());
    }

    [Fact]
    public void Run_NoDate_HasNullRangeWithReasonNone()
    {
        var root = Run(["--today", "2025-06-11", "stats for TTY"]).Lines[0].RootElement;

        Assert.Equal(JsonValueKind.Null, root.GetProperty("from").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("to").ValueKind);
        Assert.Equal("none", root.GetProperty("reason").GetString());
    }

    [Fact]
    public void Run_Compare_WritesSecondPeriod()
    {
        var root = Run(["--today", "2025-06-11", "compare this month vs last month"]).Lines[0].RootElement;

        Assert.Equal("compare", root.GetProperty("intent").GetString());
        Assert.Equal("2025-05-01", root.GetProperty("compareFrom").GetString());
        Assert.Equal("2025-05-31", root.GetProperty("compareTo").GetString());
    }

    [Fact]
    public void Run_Subscribe_WritesSchedule()
    {
        var root = Run(["--today", "2025-06-11", "subscribe weekdays at 7:30 Europe/Madrid for AAA and BBB with table"])
            .Lines[0].RootElement;

        Assert.Equal("subscribe", root.GetProperty("intent").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("view").ValueKind);
        var schedule = root.GetProperty("schedule");
        Assert.Equal(["monday", "tuesday", "wednesday", "thursday", "friday"], schedule.GetProperty("days").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("07:30", schedule.GetProperty("time").GetString());
        Assert.Equal("Europe/Madrid", schedule.GetProperty("zone").GetString());
        Assert.Equal("table", schedule.GetProperty("content").GetString());
        Assert.False(schedule.GetProperty("skipEmpty").GetBoolean());
    }

    [Fact]
    public void Run_Jsonl_AnswersEachLineInOrderWithItsId()
    {
        var input = """
            {"id":"a","text":"yesterday","today":"2025-06-11","weekStart":"monday"}
            {"id":7,"text":"last week","today":"2025-06-11","weekStart":"sunday"}
            this is not json
            {"id":8,"text":"Q3 2025","today":"2025-06-11"}
            """;

        var (code, lines, _) = Run(["--jsonl"], input);

        Assert.Equal(0, code);
        Assert.Equal(4, lines.Count);
        Assert.Equal("a", lines[0].RootElement.GetProperty("id").GetString());
        Assert.Equal("2025-06-10", lines[0].RootElement.GetProperty("from").GetString());
        Assert.Equal(7, lines[1].RootElement.GetProperty("id").GetInt32());
        Assert.Equal("2025-06-01", lines[1].RootElement.GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, lines[2].RootElement.GetProperty("id").ValueKind);
        Assert.True(lines[2].RootElement.TryGetProperty("error", out _));
        Assert.Equal("future", lines[3].RootElement.GetProperty("reason").GetString());
        Assert.Equal("id", lines[0].RootElement.EnumerateObject().First().Name);
    }

    [Fact]
    public void Run_JsonlWithoutTodayOrWeekStart_UsesConfiguredDefaults()
    {
        var (code, lines, _) = Run(["--jsonl"], """{"id":1,"text":"today"}""");

        Assert.Equal(0, code);
        var from = lines[0].RootElement.GetProperty("from").GetString();
        Assert.NotNull(from);
        Assert.True(Math.Abs(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture).DayNumber
                             - DateOnly.FromDateTime(DateTime.UtcNow).DayNumber) <= 1);
    }

    [Fact]
    public void Run_JsonlLineWithoutId_AnswersWithNullId()
    {
        var root = Run(["--jsonl"], """{"text":"yesterday","today":"2025-06-11"}""").Lines[0].RootElement;

        Assert.Equal(JsonValueKind.Null, root.GetProperty("id").ValueKind);
        Assert.Equal("2025-06-10", root.GetProperty("from").GetString());
    }

    [Fact]
    public void Run_JsonlLineWithBadToday_AnswersErrorAndContinues()
    {
        var input = """
            {"id":1,"text":"today","today":"11/06/2025"}
            {"id":2,"text":"today","today":"2025-06-11"}
            """;

        var (_, lines, _) = Run(["--jsonl"], input);

        Assert.Equal(1, lines[0].RootElement.GetProperty("id").GetInt32());
        Assert.True(lines[0].RootElement.TryGetProperty("error", out _));
        Assert.Equal("2025-06-11", lines[1].RootElement.GetProperty("from").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("--today|2025-13-01|yesterday")]
    [InlineData("--week-start|friday|yesterday")]
    [InlineData("--bogus|yesterday")]
    [InlineData("--jsonl|yesterday")]
    [InlineData("--today")]
    public void Run_BadArguments_IsUsageErrorOnStderrOnly(string joined)
    {
        var (code, lines, error) = Run(joined.Split('|', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, code);
        Assert.Empty(lines);
        Assert.NotEqual("", error);
    }

    [Fact]
    public void Run_ManyJsonlLines_AnswersEveryLineInOrder()
    {
        var input = string.Join('\n', Enumerable.Range(0, 5000).Select(i =>
            $$"""{"id":{{i}},"text":"abandon rate last {{i % 30 + 1}} days for TTY and AAA","today":"2025-06-11","weekStart":"monday"}"""));

        var (code, lines, _) = Run(["--jsonl"], input);

        Assert.Equal(0, code);
        Assert.Equal(Enumerable.Range(0, 5000), lines.Select(l => l.RootElement.GetProperty("id").GetInt32()));
    }

    private static (int Code, List<JsonDocument> Lines, string Error) Run(string[] args, string stdin = "")
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ParseVerb.Run(args, input, output, error);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l)).ToList();
        return (code, lines, error.ToString());
    }
}
