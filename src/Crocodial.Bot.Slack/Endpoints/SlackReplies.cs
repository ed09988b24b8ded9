using System.Text.Json.Nodes;
using Crocodial.Bot.Slack.BlockKit;
using Microsoft.AspNetCore.Http;

namespace Crocodial.Bot.Slack.Endpoints;

/// <summary>Answers in the HTTP response itself: Slack shows it to the asker only (<c>ephemeral</c>).</summary>
internal static class SlackReplies
{
    public static IResult Ephemeral(string text) => Json(new JsonObject
    {
        ["response_type"] = "ephemeral",
        ["text"] = Blocks.Md(text),
    });

    public static IResult Ephemeral(BlockKitMessage message) => Json(new JsonObject
    {
        ["response_type"] = "ephemeral",
        ["text"] = message.Text,
        ["blocks"] = message.Blocks,
    });

    public static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json", System.Text.Encoding.UTF8);
}
