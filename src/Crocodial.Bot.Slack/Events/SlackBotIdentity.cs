namespace Crocodial.Bot.Slack.Events;

/// <summary>
/// Who "we" are in a workspace: the bot user id (<c>auth.test</c> at start-up, or <c>Slack:BotUserId</c>)
/// and, when known, the bot id our posts carry.
/// </summary>
public sealed record SlackBotIdentity(string UserId, string? BotId = null);
