namespace Crocodial.Bot.Host.Scheduling;

internal enum RunTiming
{
    OnTime,

    /// <summary>Missed while no instance ran, still within the catch-up window: posted with a note.</summary>
    Late,

    /// <summary>Older than the catch-up window, or superseded by a later due run: recorded, not posted.</summary>
    Missed,
}
