using System.Net;
using System.Text.Json.Nodes;

namespace Crocodial.Bot.Host.Tests.Slack;

public class SlackCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SlashCommand_Report_AcksWithFetchingLine_ThenAnswerReplacesItPrivately()
    {
        await using var app = await SlackApp.StartAsync();

        var response = await app.Client.SendAsync(SlackRequests.Command("stats 2025-05-19 to 2025-05-25 for TTY", app.Slack.ResponseUrl("c1")), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ack = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("ephemeral", (string?)ack["response_type"]);
        Assert.StartsWith("Fetching inbound summary for TTY, Mon 19 – Sun 25 May", (string?)ack["text"], StringComparison.Ordinal);
        Assert.EndsWith("…", (string?)ack["text"], StringComparison.Ordinal);

        var answer = (await app.Slack.WaitForAsync("response_url:c1"))[0].Json;
        Assert.True((bool?)answer["replace_original"]);
        Assert.Equal("ephemeral", (string?)answer["response_type"]);
        Assert.StartsWith("Inbound summary", (string?)answer["text"], StringComparison.Ordinal);
        var share = Buttons(answer).Single(b => (string?)b["action_id"] == "crocodial_share");
        Assert.Equal("stats 2025-05-19 to 2025-05-25 for TTY", (string?)share["value"]);
        Assert.Contains("your zone " + StandInSlack.AskerZone, answer.ToJsonString(), StringComparison.Ordinal);
        Assert.All(app.Slack.Calls.Where(c => !c.Method.StartsWith("response_url", StringComparison.Ordinal)), c => Assert.Equal("Bearer xoxb-test-token", c.Authorization));
        Assert.All(app.Slack.CallsTo("response_url"), c => Assert.Null(c.Authorization));
    }

    [Fact]
    public async Task SlashCommand_Help_IsAnsweredInTheResponse()
    {
        await using var app = await SlackApp.StartAsync();

        var response = await app.Client.SendAsync(SlackRequests.Command("help", app.Slack.ResponseUrl("h1")), Ct);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("ephemeral", (string?)body["response_type"]);
        Assert.Equal("Crocodial Bot help", (string?)body["blocks"]![0]!["text"]!["text"]);
        Assert.Contains(Buttons(body.AsObject()), b => ((string?)b["action_id"])!.StartsWith("crocodial_run_", StringComparison.Ordinal));
        await Task.Delay(300, Ct);
        Assert.Empty(app.Slack.CallsTo("response_url"));
    }

    [Fact]
    public async Task SlashCommand_UnreadableDate_AnswersWithTheProblemAndAnExample()
    {
        await using var app = await SlackApp.StartAsync();

        var response = await app.Client.SendAsync(SlackRequests.Command("stats 31/02/2025", app.Slack.ResponseUrl("e1")), Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Example that works", body, StringComparison.Ordinal);
        Assert.Equal("ephemeral", (string?)JsonNode.Parse(body)!["response_type"]);
    }

    [Fact]
    public async Task SlashCommand_SlowReport_AcksAtOnce_ThenSaysStillWorking()
    {
        await using var app = await SlackApp.StartAsync();

        var response = await app.Client.SendAsync(SlackRequests.Command("stats yesterday for XSLOW", app.Slack.ResponseUrl("s1")), Ct);

        // The report takes 20 s: an acknowledgement that waited for it would carry the answer, not this line.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Fetching inbound summary for XSLOW", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["text"], StringComparison.Ordinal);
        var still = (await app.Slack.WaitForAsync("response_url:s1", seconds: 16))[0].Json;
        Assert.Equal("Still working on it…", (string?)still["text"]);
        Assert.True((bool?)still["replace_original"]);
    }

    [Fact]
    public async Task SlashCommand_ResponseUrlSpent_AnswerGoesPrivatelyThroughPostEphemeral()
    {
        await using var app = await SlackApp.StartAsync();
        app.Slack.Then("response_url", 404, "expired_url");

        await app.Client.SendAsync(SlackRequests.Command("stats 2025-05-19 to 2025-05-25 for TTY", app.Slack.ResponseUrl("x1")), Ct);

        var ephemeral = (await app.Slack.WaitForAsync("chat.postEphemeral"))[0].Json;
        Assert.Equal("C1", (string?)ephemeral["channel"]);
        Assert.Equal("U1", (string?)ephemeral["user"]);
        Assert.StartsWith("Inbound summary", (string?)ephemeral["text"], StringComparison.Ordinal);
        Assert.NotNull(ephemeral["blocks"]);
    }

    internal static List<JsonObject> Buttons(JsonObject message) =>
        [.. message["blocks"]!.AsArray()
            .Where(b => (string?)b!["type"] == "actions")
            .SelectMany(b => b!["elements"]!.AsArray())
            .Select(e => e!.AsObject())];
}
