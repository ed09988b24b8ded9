namespace Crocodial.Bot.Core.Commands;

/// <summary>What a morning post contains (commands.md §5).</summary>
public enum SubscriptionContent
{
    Summary,
    Table,
    Comparison,
    TableAndComparison,
}

/// <summary>Whether the posting time or zone of a subscribe command can be used.</summary>
public enum ScheduleProblem
{
    None,
    Missing,
    Invalid,

    /// <summary>A zone abbreviation such as CET or EST: ambiguous, refused with a suggested IANA id.</summary>
    Abbreviation,
}

/// <summary>
/// A subscribe command as read. <see cref="Time"/> is null when <see cref="TimeProblem"/> is not None;
/// <see cref="Zone"/> is a canonical IANA id, or null for "the asking user's zone, else the configured one".
/// </summary>
public sealed record SubscriptionRequest
{
    /// <summary>Posting days, Monday first; all seven when the command named none ("daily").</summary>
    public required IReadOnlyList<DayOfWeek> Days { get; init; }

    public TimeOnly? Time { get; init; }

    public ScheduleProblem TimeProblem { get; init; }

    /// <summary>The time as typed when it could not be read ("25:00"), for the answer.</summary>
    public string? TimeText { get; init; }

    public string? Zone { get; init; }

    public ScheduleProblem ZoneProblem { get; init; }

    /// <summary>The zone as typed when refused ("CET", "Mars/Olympus").</summary>
    public string? ZoneText { get; init; }

    /// <summary>An IANA id to offer instead of a refused zone ("Europe/Paris" for CET), if one fits.</summary>
    public string? SuggestedZone { get; init; }

    public SubscriptionContent Content { get; init; }

    public bool SkipEmpty { get; init; }

    public bool IsValid => TimeProblem == ScheduleProblem.None && ZoneProblem == ScheduleProblem.None;
}
