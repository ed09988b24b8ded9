using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Scheduling;

namespace Crocodial.Bot.Host.Delivery;

/// <summary>
/// A scheduled day this instance owns: claimed on time, claimed late (posted with a note), or taken over from an
/// instance whose lease ran out (<see cref="TakenOver"/>: the post may exist already). <see cref="Attempt"/> is the
/// claim's attempt number, carried in the Slack metadata.
/// </summary>
internal sealed record ClaimedRun(Subscription Subscription, ScheduledRun Run, bool Late, bool TakenOver, int Attempt)
{
    public (long, DateOnly) Key => (Subscription.Id, Run.LocalDate);
}
