using System.Globalization;
using Crocodial.Bot.Core.Commands;

namespace Crocodial.Bot.Core.Tests.Commands;

/// <summary>Reads the case tables and checks one parsed command against a row's expectations.</summary>
internal static class CaseTable
{
    public static TheoryData<string> Rows(string table)
    {
        var data = new TheoryData<string>();
        foreach (var line in table.Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(line) && !line.StartsWith('#'))
            {
                data.Add(line.TrimEnd());
            }
        }

        return data;
    }

    public static (Command Command, string Expected) Parse(string row)
    {
        var parts = row.Split('|');
        var head = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var today = DateOnly.ParseExact(head[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var weekStart = head[1] == "sun" ? DayOfWeek.Sunday : DayOfWeek.Monday;
        return (CommandParser.Parse(parts[1].Trim(), today, weekStart), parts[2].Trim());
    }

    /// <summary>The expectations that do not hold, as "key: wanted X, got Y"; empty when the row passes.</summary>
    public static List<string> Mismatches(Command c, string expected)
    {
        var bad = new List<string>();
        foreach (var pair in expected.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, want) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var got = Actual(c, key);
            if (got != want)
            {
                bad.Add($"{key}: wanted {want}, got {got}");
            }
        }

        return bad;
    }

    private static string Actual(Command c, string key)
    {
        var s = c.Subscription;
        return key switch
        {
            "range" => c.Range is { } r ? $"{r.From:yyyy-MM-dd}..{r.To:yyyy-MM-dd}" : $"null:{CommandJsonWriter.ReasonName(c.Reason ?? RangeReason.None)}",
            "compare" => c.CompareRange is { } b ? $"{b.From:yyyy-MM-dd}..{b.To:yyyy-MM-dd}" : "null",
            "tenants" => string.Join(',', c.Tenants),
            "all" => Bool(c.AllTenants),
            "intent" => CommandJsonWriter.IntentName(c.Intent),
            "view" => c.View is { } v ? CommandJsonWriter.ViewName(v) : "null",
            "metric" => c.Metric is { } m ? CommandJsonWriter.MetricName(m) : "null",
            "suggestion" => c.Suggestion ?? "null",
            "days" => s is null ? "null" : Days(s.Days),
            "time" => s?.Time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "null",
            "zone" => s?.Zone ?? "null",
            "content" => s?.Content switch
            {
                SubscriptionContent.Table => "table",
                SubscriptionContent.Comparison => "comparison",
                SubscriptionContent.TableAndComparison => "table_and_comparison",
                _ => "summary",
            },
            "skip" => Bool(s?.SkipEmpty ?? false),
            "timeProblem" => s?.TimeProblem.ToString().ToLowerInvariant() ?? "null",
            "zoneProblem" => s?.ZoneProblem.ToString().ToLowerInvariant() ?? "null",
            "id" => c.Target?.Id?.ToString(CultureInfo.InvariantCulture) ?? "null",
            "allsubs" => Bool(c.Target?.All ?? false),
            "sendnow" => Bool(c.Target?.SendNow ?? false),
            _ => $"unknown key {key}",
        };
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Days(IReadOnlyList<DayOfWeek> days) => days.Count switch
    {
        7 => "daily",
        5 when !days.Contains(DayOfWeek.Saturday) && !days.Contains(DayOfWeek.Sunday) => "weekdays",
        _ => string.Join(',', days.Select(d => d.ToString().ToLowerInvariant())),
    };
}
