using System.Globalization;
using System.Text.Json;
using Crocodial.Bot.Core;
using Crocodial.Bot.Core.Commands;
using Microsoft.Extensions.Configuration;

namespace Crocodial.Bot.Host.Cli;

/// <summary>
/// <c>parse [--today D] [--week-start monday|sunday] "text"</c> and <c>parse --jsonl</c> (DECISIONS §4): the
/// parser's answer as JSON, one object per line, and nothing else on stdout. Missing today / week start come
/// from <c>Crocodial:TimeZone</c> and <c>Crocodial:WeekStart</c> (appsettings.json beside the assembly, then
/// environment variables such as <c>Crocodial__TimeZone</c>).
/// </summary>
internal static class ParseVerb
{
    private const string Usage =
        "usage: parse [--today YYYY-MM-DD] [--week-start monday|sunday] \"text\"  |  parse --jsonl < lines.jsonl";

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (!TryReadArgs(args, out var options, out var error))
        {
            stderr.WriteLine(error);
            stderr.WriteLine(Usage);
            return CommandLine.UsageError;
        }

        var needsConfig = options.Jsonl || options.Today is null || options.WeekStart is null;
        var defaults = (Today: default(DateOnly), WeekStart: DayOfWeek.Monday);
        if (needsConfig && !TryReadConfig(out defaults, out error))
        {
            stderr.WriteLine(error);
            return CommandLine.UsageError;
        }

        using var output = new CommandJsonLineWriter(stdout);
        if (!options.Jsonl)
        {
            var command = CommandParser.Parse(
                options.Text, options.Today ?? defaults.Today, options.WeekStart ?? defaults.WeekStart);
            output.Write(null, command, withId: false);
            output.Flush();
            return CommandLine.Success;
        }

        while (stdin.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                ParseLine(line, defaults, output);
            }
        }

        output.Flush();
        return CommandLine.Success;
    }

    private static void ParseLine(string line, (DateOnly Today, DayOfWeek WeekStart) defaults, CommandJsonLineWriter output)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            output.WriteError(null, $"invalid JSON: {e.Message}");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                output.WriteError(null, "each line must be a JSON object");
                return;
            }

            JsonElement? id = root.TryGetProperty("id", out var idValue) ? idValue : null;
            if (!root.TryGetProperty("text", out var text) || text.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                output.WriteError(id, "\"text\" must be a string");
                return;
            }

            var today = defaults.Today;
            if (root.TryGetProperty("today", out var todayValue) && todayValue.ValueKind != JsonValueKind.Null
                && !(todayValue.ValueKind == JsonValueKind.String && TryDate(todayValue.GetString(), out today)))
            {
                output.WriteError(id, "\"today\" must be a date YYYY-MM-DD");
                return;
            }

            var weekStart = defaults.WeekStart;
            if (root.TryGetProperty("weekStart", out var weekValue) && weekValue.ValueKind != JsonValueKind.Null
                && !(weekValue.ValueKind == JsonValueKind.String && TryWeekStart(weekValue.GetString(), out weekStart)))
            {
                output.WriteError(id, "\"weekStart\" must be monday or sunday");
                return;
            }

            output.Write(id, CommandParser.Parse(text.GetString(), today, weekStart), withId: true);
        }
    }

    private static bool TryReadArgs(string[] args, out (bool Jsonl, DateOnly? Today, DayOfWeek? WeekStart, string? Text) o, out string error)
    {
        o = default;
        error = "";
        var text = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--jsonl":
                    o.Jsonl = true;
                    break;
                case "--today" when i + 1 < args.Length && TryDate(args[i + 1], out var today):
                    o.Today = today;
                    i++;
                    break;
                case "--week-start" when i + 1 < args.Length && TryWeekStart(args[i + 1], out var weekStart):
                    o.WeekStart = weekStart;
                    i++;
                    break;
                case "--today" or "--week-start":
                    error = $"{args[i]} needs a value: {(args[i] == "--today" ? "a date YYYY-MM-DD" : "monday or sunday")}.";
                    return false;
                case "--":
                    text.AddRange(args[(i + 1)..]);
                    i = args.Length;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    error = $"Unknown option '{option}'.";
                    return false;
                default:
                    text.Add(args[i]);
                    break;
            }
        }

        o.Text = string.Join(' ', text);
        if (o.Jsonl == (text.Count > 0))
        {
            error = o.Jsonl ? "--jsonl reads commands from stdin; give no text." : "Give the command text to parse.";
            return false;
        }

        return true;
    }

    private static bool TryReadConfig(out (DateOnly Today, DayOfWeek WeekStart) defaults, out string error)
    {
        defaults = default;
        error = "";
        var config = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var zoneId = config[$"{CrocodialOptions.Section}:TimeZone"] is { Length: > 0 } z ? z : "UTC";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            error = $"Configuration error: Crocodial:TimeZone '{zoneId}' is not a known time zone id.";
            return false;
        }

        var week = config[$"{CrocodialOptions.Section}:WeekStart"] is { Length: > 0 } w ? w : "monday";
        if (!TryWeekStart(week, out var weekStart))
        {
            error = $"Configuration error: Crocodial:WeekStart '{week}' must be monday or sunday.";
            return false;
        }

        var now = TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), zone);
        defaults = (DateOnly.FromDateTime(now.DateTime), weekStart);
        return true;
    }

    private static bool TryDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool TryWeekStart(string? value, out DayOfWeek weekStart)
    {
        var sunday = value is not null && (value.Equals("sunday", StringComparison.OrdinalIgnoreCase)
                                           || value.Equals("sun", StringComparison.OrdinalIgnoreCase));
        weekStart = sunday ? DayOfWeek.Sunday : DayOfWeek.Monday;
        return sunday || (value is not null && (value.Equals("monday", StringComparison.OrdinalIgnoreCase)
                                                || value.Equals("mon", StringComparison.OrdinalIgnoreCase)));
    }
}
