using Crocodial.Bot.Slack.Events;
using Crocodial.Bot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Slack.Answering;

/// <summary>
/// Asks <c>auth.test</c> who the bot is, once, at start-up. A failure is logged with what to fix and retried
/// with a growing pause; it never stops the app, because commands and DMs still work without it.
/// </summary>
internal sealed partial class SlackBotUserWorker(
    SlackBotUser botUser, IServiceScopeFactory scopes, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackBotUserWorker> logger)
    : BackgroundService
{
    internal static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(5);
    internal static readonly TimeSpan MaxRetry = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var configured = (options.Value.BotUserId ?? "").Trim();
        if (configured.Length > 0)
        {
            LogConfigured(logger, configured);
            return;
        }

        var pause = FirstRetry;
        try
        {
            while (!await TryIdentifyAsync(stoppingToken))
            {
                await Task.Delay(pause, time, stoppingToken);
                pause = pause * 2 > MaxRetry ? MaxRetry : pause * 2;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before Slack answered.
        }
    }

    /// <summary>One attempt; true once the identity is known.</summary>
    internal async Task<bool> TryIdentifyAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<SlackApiClient>().AuthTestAsync(cancellationToken);
        if (result.IsOk && !string.IsNullOrEmpty(result.Value!.UserId))
        {
            botUser.Set(new SlackBotIdentity(result.Value.UserId, result.Value.BotId));
            LogIdentified(logger, result.Value.UserId, result.Value.TeamId);
            return true;
        }

        var code = result.Error?.Code ?? "no user_id";
        LogAuthFailed(logger, code, result.Error?.UserMessage ?? "auth.test returned no bot user id.");
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack channel on: bot user {UserId} (workspace {TeamId}, from auth.test)")]
    private static partial void LogIdentified(ILogger logger, string userId, string teamId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack channel on: bot user {UserId} (from Slack:BotUserId)")]
    private static partial void LogConfigured(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack auth.test failed ({Code}): {Advice} Retrying; meanwhile the bot's own messages are recognised by their bot_id and the event's authorizations.")]
    private static partial void LogAuthFailed(ILogger logger, string code, string advice);
}
