using System.Net;

namespace Crocodial.Bot.Host.Tests.Slack;

public class SlackInteractionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ButtonClick_ReRunsItsCommand_AndReplacesTheOriginal()
    {
        await using var app = await SlackApp.StartAsync();

        var response = await app.Client.SendAsync(SlackRequests.Click("crocodial_run_0", "table 2025-05-19 to 2025-05-25 for TTY", app.Slack.ResponseUrl("i1")), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Ct));
        var answer = (await app.Slack.WaitForAsync("response_url:i1"))[0].Json;
        Assert.True((bool?)answer["replace_original"]);
        Assert.Equal("ephemeral", (string?)answer["response_type"]);
        Assert.Contains(answer["blocks"]!.AsArray(), b => (string?)b!["type"] == "table");
    }

    [Fact]
    public async Task ButtonOnAChannelMessage_ReplacesItForEveryone()
    {
        await using var app = await SlackApp.StartAsync();

        await app.Client.SendAsync(SlackRequests.Click("crocodial_run_1", "stats 2025-05-19 to 2025-05-25 for TTY", app.Slack.ResponseUrl("i2"), ephemeral: false), Ct);

        var answer = (await app.Slack.WaitForAsync("response_url:i2"))[0].Json;
        Assert.True((bool?)answer["replace_original"]);
        Assert.Equal("in_channel", (string?)answer["response_type"]);
        Assert.DoesNotContain(SlackCommandTests.Buttons(answer), b => (string?)b["action_id"] == "crocodial_share");
    }

    [Fact]
    public async Task ShareInChannel_PostsTheSameAnswerToTheChannel()
    {
        await using var app = await SlackApp.StartAsync();

        await app.Client.SendAsync(SlackRequests.Click("crocodial_share", "stats 2025-05-19 to 2025-05-25 for TTY", app.Slack.ResponseUrl("i3")), Ct);

        var shared = (await app.Slack.WaitForAsync("response_url:i3"))[0].Json;
        Assert.Equal("in_channel", (string?)shared["response_type"]);
        Assert.False((bool?)shared["replace_original"]);
        Assert.StartsWith("Inbound summary: TTY · Mon 19 – Sun 25 May", (string?)shared["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedTableBlock_IsResentWithTheTableAsText()
    {
        await using var app = await SlackApp.StartAsync();
        app.Slack.Then("response_url", 200, """{"ok":false,"error":"invalid_blocks"}""");

        await app.Client.SendAsync(SlackRequests.Click("crocodial_run_2", "table 2025-05-19 to 2025-05-25 for TTY", app.Slack.ResponseUrl("t1")), Ct);

        var posts = await app.Slack.WaitForAsync("response_url:t1", count: 2);
        Assert.Contains(posts[0].Json["blocks"]!.AsArray(), b => (string?)b!["type"] == "table");
        Assert.DoesNotContain(posts[1].Json["blocks"]!.AsArray(), b => (string?)b!["type"] == "table");
        Assert.Contains(posts[1].Json["blocks"]!.AsArray(), b => ((string?)b!["text"]?["text"])?.Contains("```", StringComparison.Ordinal) == true);
        Assert.Contains(SlackCommandTests.Buttons(posts[1].Json), b => (string?)b["action_id"] == "crocodial_share");
    }

    [Fact]
    public async Task UnknownAction_IsAcknowledged_AndNothingIsPosted()
    {
        await using var app = await SlackApp.StartAsync();

        var response = await app.Client.SendAsync(SlackRequests.Click("someone_elses_button", "stats today", app.Slack.ResponseUrl("i4")), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(500, Ct);
        Assert.Empty(app.Slack.CallsTo("response_url"));
    }

    [Fact]
    public async Task ButtonValue_IsCheckedForAccessLikeTypedText()
    {
        await using var app = await SlackApp.StartAsync(new()
        {
            ["Access:Rules:0:Channel"] = $"slack:{SlackRequests.Team}/C1",
            ["Access:Rules:0:Tenants:0"] = "TTY",
        });

        await app.Client.SendAsync(SlackRequests.Click("crocodial_share", "stats 2025-05-19 to 2025-05-25 for AAA", app.Slack.ResponseUrl("i5")), Ct);

        var answer = (await app.Slack.WaitForAsync("response_url:i5"))[0].Json;
        Assert.Equal("ephemeral", (string?)answer["response_type"]);
        Assert.Contains("can't see AAA", (string?)answer["text"], StringComparison.Ordinal);
    }
}
