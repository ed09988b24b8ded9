using System.Globalization;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Host.Delivery;

/// <summary>
/// Turns a failure into the next step and the short notice the channel gets if the delivery ends there
/// ("Today's summary for TTY couldn't be posted: the report service didn't answer. Try `stats 2025-12-02 for TTY`.").
/// </summary>
internal static class DeliveryNotices
{
    public static string Refused(Subscription subscription, string refusal)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var id = subscription.Id.ToString(CultureInfo.InvariantCulture);
        return $"Today's daily summary #{id} wasn't posted. {refusal} To stop it: `unsubscribe {id}`.";
    }

    public static string CouldNotPost(Subscription subscription, DailyPlan plan, string reason)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return $"Today's summary for {plan.TenantsText} couldn't be posted: {reason}. Try `{DailySummaryBuilder.ByHand(subscription, plan)}`.";
    }

    public static DeliveryStep ReportProblem(Subscription subscription, DailyPlan plan, ReportError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var detail = $"report {error.Kind}: {error.OperatorDetail}";
        return error.Kind switch
        {
            ReportErrorKind.ServiceError or ReportErrorKind.Timeout or ReportErrorKind.MalformedResponse =>
                DeliveryStep.Retry(detail, CouldNotPost(subscription, plan, "the report service didn't answer")),
            ReportErrorKind.AccessDenied =>
                DeliveryStep.Done(DeliveryOutcome.Skipped, error: "access: " + error.UserMessage, notice: Refused(subscription, error.UserMessage)),
            _ => DeliveryStep.Done(DeliveryOutcome.Failed, error: detail,
                notice: CouldNotPost(subscription, plan, "the report service refused the request")),
        };
    }

    public static DeliveryStep SendProblem(Subscription subscription, DailyPlan plan, SendResult sent)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(sent);
        var platform = subscription.Channel.Platform.ToString();
        return sent.Status switch
        {
            SendStatus.Transient => DeliveryStep.Retry(sent.Error ?? "transient", CouldNotPost(subscription, plan, $"{platform} didn't take the message"), sent.MayExist),
            SendStatus.BotRemoved => new DeliveryStep(DeliveryOutcome.Failed, null, "bot removed: " + sent.Error, Removed: true),
            _ => DeliveryStep.Done(DeliveryOutcome.Failed, error: sent.Error, notice: CouldNotPost(subscription, plan, $"{platform} refused the message")),
        };
    }
}
