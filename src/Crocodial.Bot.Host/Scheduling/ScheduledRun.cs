namespace Crocodial.Bot.Host.Scheduling;

/// <summary>
/// One posting of a subscription: the day it belongs to in the subscription's zone (the claim's key) and the
/// instant it is due — after a spring-forward gap, the first valid minute after the posting time.
/// </summary>
internal sealed record ScheduledRun(DateOnly LocalDate, DateTimeOffset At);
