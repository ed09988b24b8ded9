namespace Crocodial.Bot.Host.Scheduling;

internal sealed record DueRun(ScheduledRun Run, RunTiming Timing)
{
    public bool ShouldPost => Timing != RunTiming.Missed;
}
