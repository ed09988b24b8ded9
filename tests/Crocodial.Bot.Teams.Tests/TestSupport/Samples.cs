using System.Text.Json;
using Crocodial.Bot.Teams.Activities;

namespace Crocodial.Bot.Teams.Tests.TestSupport;

/// <summary>The Agents Playground captures from shared/samples/teams.</summary>
public static class Samples
{
    public const string ChannelMention = "playground-channel-mention.json";
    public const string PersonalMessage = "playground-personal-message.json";

    public static string BodyJson(string name)
    {
        using var capture = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name)));
        return capture.RootElement.GetProperty("body").GetRawText();
    }

    public static Activity Activity(string name) =>
        JsonSerializer.Deserialize<Activity>(BodyJson(name), TeamsJson.Options)!;
}
