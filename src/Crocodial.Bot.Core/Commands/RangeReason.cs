namespace Crocodial.Bot.Core.Commands;

/// <summary>
/// Why a command has no range (rule D1.2). <see cref="Command.Reason"/> is <c>null</c> when a range was found.
/// </summary>
public enum RangeReason
{
    /// <summary>The command names no date at all: the bot applies its default range.</summary>
    None,

    /// <summary>A date was named but cannot exist or could not be read (rule D9.3).</summary>
    Invalid,

    /// <summary>The range starts after today (rule D2.2).</summary>
    Future,
}
