namespace Crocodial.Bot.Core;

/// <summary>How answers are shaped (configuration section <c>Bot</c>).</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary><c>today</c> or <c>yesterday</c>: the range used when a command names none.</summary>
    public string DefaultRange { get; set; } = "today";

    /// <summary>The one culture answers are formatted in (DECISIONS §1).</summary>
    public string Culture { get; set; } = "en-US";

    /// <summary>The range a command that names none gets, and the note that says so.</summary>
    public (Reports.DateRange Range, string Note) DefaultRangeFor(DateOnly today) =>
        string.Equals(DefaultRange.Trim(), "yesterday", StringComparison.OrdinalIgnoreCase)
            ? (Reports.DateRange.Day(today.AddDays(-1)), "No dates given: showing yesterday")
            : (Reports.DateRange.Day(today), "No dates given: showing today so far");
}
