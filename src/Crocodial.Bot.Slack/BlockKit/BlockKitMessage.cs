using System.Text.Json.Nodes;

namespace Crocodial.Bot.Slack.BlockKit;

/// <summary>
/// A rendered answer: <see cref="Text"/> is the notification and screen-reader fallback (always set, mrkdwn,
/// escaped), <see cref="Blocks"/> what Slack shows.
/// </summary>
public sealed record BlockKitMessage(string Text, JsonArray Blocks);
