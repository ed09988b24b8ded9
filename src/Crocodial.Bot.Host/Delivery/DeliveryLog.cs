using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Host.Delivery;

/// <summary>Every delivery outcome, by subscription id and local date; never a token or a message body.</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery worker {Instance} started; a round every {Interval}")]
    public static partial void Started(ILogger logger, string instance, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery round: {Deliveries} post(s) claimed, {Reports} distinct report(s) to fetch")]
    public static partial void Round(ILogger logger, int deliveries, int reports);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery round failed; the next one tries again")]
    public static partial void RoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Subscription {SubscriptionId} has an unusable schedule ({Zone}); skipped")]
    public static partial void BadSchedule(ILogger logger, Exception exception, long subscriptionId, string zone);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} {LocalDate}: missed (no instance was running), recorded, not posted")]
    public static partial void Missed(ILogger logger, long subscriptionId, LogDay localDate);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} {LocalDate}: took over the expired claim of {PreviousOwner} (attempt {Attempt})")]
    public static partial void TookOver(ILogger logger, long subscriptionId, LogDay localDate, string previousOwner, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription {SubscriptionId} {LocalDate}: re-sending on Teams after {Reason}; a duplicate post is possible")]
    public static partial void TeamsResend(ILogger logger, long subscriptionId, LogDay localDate, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} {LocalDate}: our Slack post {MessageId} already exists; recorded without re-sending")]
    public static partial void FoundExisting(ILogger logger, long subscriptionId, LogDay localDate, string? messageId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} {LocalDate}: transient failure ({Error}); retry in {Delay}")]
    public static partial void Retrying(ILogger logger, long subscriptionId, LogDay localDate, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription {SubscriptionId} {LocalDate}: the claim is no longer ours (taken over after its lease ran out); stopped")]
    public static partial void LostClaim(ILogger logger, long subscriptionId, LogDay localDate);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} {LocalDate} on {Platform}: {Outcome} {MessageId}{Error}")]
    public static partial void Outcome(ILogger logger, long subscriptionId, LogDay localDate, ChatPlatform platform, DeliveryOutcome outcome, string messageId, LogWhy error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription {SubscriptionId} {LocalDate} on {Platform}: failed ({Error})")]
    public static partial void Failed(ILogger logger, long subscriptionId, LogDay localDate, ChatPlatform platform, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot removed from {Platform} conversation {Address} ({Error}): {Stopped} subscription(s) deactivated")]
    public static partial void BotRemoved(ILogger logger, ChatPlatform platform, string address, string? error, int stopped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription {SubscriptionId}: the notice about a failed post could not be posted either ({Error})")]
    public static partial void NoticeFailed(ILogger logger, long subscriptionId, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Subscription {SubscriptionId} {LocalDate}: delivery crashed; its claim is resolved when the lease runs out")]
    public static partial void Crashed(ILogger logger, Exception exception, long subscriptionId, LogDay localDate);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} sent on request on {Platform}: {Status}{Error}")]
    public static partial void SentOnRequest(ILogger logger, long subscriptionId, ChatPlatform platform, SendStatus status, LogWhy error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Purged {Count} expired de-duplication key(s)")]
    public static partial void Purged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging expired de-duplication keys failed")]
    public static partial void PurgeFailed(ILogger logger, Exception exception);
}

/// <summary>A local date in the logs as ISO <c>2026-12-04</c>, whatever the culture.</summary>
internal readonly record struct LogDay(DateOnly Day)
{
    public static implicit operator LogDay(DateOnly day) => new(day);

    public override string ToString() => Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>" (why)" after a status in the logs, or nothing when there is no why.</summary>
internal readonly record struct LogWhy(string? Why)
{
    public static implicit operator LogWhy(string? why) => new(why);

    public override string ToString() => Why is null ? "" : $" ({Why})";
}
