using System.Globalization;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Host.Cli;

/// <summary>
/// <c>report [--tenant TTY]… [--from D] [--to D]</c>. Only <c>--from</c> means "from then until today";
/// only <c>--to</c> means that one day; neither means the configured default range.
/// </summary>
internal sealed record ReportArguments(IReadOnlyList<string> Tenants, DateRange? Range, string? Error)
{
    public const string Usage = "usage: report [--tenant TTY]… [--from YYYY-MM-DD] [--to YYYY-MM-DD]";

    public static ReportArguments Parse(IReadOnlyList<string> args, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(args);
        var tenants = new List<string>();
        DateOnly? from = null, to = null;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = SplitOption(args[i]);
            if (name is not ("--tenant" or "--from" or "--to"))
            {
                return Fail($"Unknown argument '{args[i]}'.");
            }

            var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
            if (string.IsNullOrWhiteSpace(value))
            {
                return Fail($"{name} needs a value.");
            }

            if (name == "--tenant")
            {
                foreach (var code in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!IsTenantCode(code))
                    {
                        return Fail($"'{code}' is not a tenant code (2–10 letters and digits, starting with a letter, e.g. TTY).");
                    }

                    var upper = code.ToUpperInvariant();
                    if (!tenants.Contains(upper))
                    {
                        tenants.Add(upper);
                    }
                }

                continue;
            }

            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Fail($"{name} '{value}' is not a date in the form YYYY-MM-DD.");
            }

            if (name == "--from")
            {
                from = date;
            }
            else
            {
                to = date;
            }
        }

        return Resolve(tenants, from, to, today);
    }

    private static ReportArguments Resolve(List<string> tenants, DateOnly? from, DateOnly? to, DateOnly today)
    {
        if (from is null && to is null)
        {
            return new ReportArguments(tenants, null, null);
        }

        var start = from ?? to!.Value;
        var end = to ?? (from is null ? start : today);
        if (start > today)
        {
            return Fail($"{start:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}): there is no data yet.");
        }

        if (end < start)
        {
            return Fail($"--from {start:yyyy-MM-dd} is after --to {end:yyyy-MM-dd}.");
        }

        return new ReportArguments(tenants, new DateRange(start, end > today ? today : end), null);
    }

    private static (string Name, string? Value) SplitOption(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0
            ? (arg[..equals], arg[(equals + 1)..])
            : (arg, null);
    }

    private static bool IsTenantCode(string code) =>
        code.Length is >= 2 and <= 10 && char.IsAsciiLetter(code[0]) && code.All(char.IsAsciiLetterOrDigit);

    private static ReportArguments Fail(string error) => new([], null, error);
}
