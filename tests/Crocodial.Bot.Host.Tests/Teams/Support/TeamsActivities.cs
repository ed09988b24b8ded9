using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace Crocodial.Bot.Host.Tests.Teams.Support;

/// <summary>Activities as Teams and the Agents Playground send them.</summary>
public static class TeamsActivities
{
    public static JsonObject Personal(string text, string serviceUrl, string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString(),
        ["text"] = text,
        ["textFormat"] = "plain",
        ["localTimezone"] = "Europe/Madrid",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user", ["name"] = "Alex", ["aadObjectId"] = "aad-user" },
        ["recipient"] = new JsonObject { ["id"] = "28:" + TeamsBotFactory.AppId, ["name"] = "Crocodial" },
        ["conversation"] = new JsonObject
        {
            ["id"] = "a:personal-" + Guid.NewGuid().ToString("N"),
            ["conversationType"] = "personal",
            ["tenantId"] = TeamsBotFactory.TenantId,
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TeamsBotFactory.TenantId } },
    };

    /// <summary>An Agents Playground capture (shared/samples/teams) pointed at the stand-in connector.</summary>
    public static JsonObject Sample(string name, string serviceUrl)
    {
        var capture = JsonNode.Parse(File.ReadAllText(Path.Combine(SamplesDirectory(), name)))!;
        var body = capture["body"]!.DeepClone().AsObject();
        body["serviceUrl"] = serviceUrl;
        return body;
    }

    // Read from the source tree, beside this file, so the shared test project file needs no change.
    private static string SamplesDirectory([CallerFilePath] string file = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(file))!, "Samples");

    public static JsonObject Invoke(JsonObject message, string command, string replyToId)
    {
        var invoke = message.DeepClone().AsObject();
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["id"] = Guid.NewGuid().ToString();
        invoke["replyToId"] = replyToId;
        invoke.Remove("text");
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "crocodial.run",
                ["data"] = new JsonObject { ["command"] = command },
            },
            ["trigger"] = "manual",
        };
        return invoke;
    }
}
