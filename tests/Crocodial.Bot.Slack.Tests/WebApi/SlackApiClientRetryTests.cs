using System.Net;
using Crocodial.Bot.Slack.WebApi;

namespace Crocodial.Bot.Slack.Tests.WebApi;

public class SlackApiClientRetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostMessage_429_IsRetriedAfterRetryAfter()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenRateLimited(3).ThenJson("""{"ok":true,"channel":"C1","ts":"1.0"}""");

        var result = await h.RunAsync(h.Client.PostMessageAsync(new("C1", "x"), Ct));

        Assert.True(result.IsOk);
        Assert.Equal(2, h.Slack.Calls.Count);
        Assert.True(h.Slack.Calls[1].At - h.Slack.Calls[0].At >= TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task PostMessage_429Persisting_GivesUpAfterBoundedAttempts()
    {
        using var h = new SlackApiHarness();
        for (var i = 0; i < 10; i++)
        {
            h.Slack.ThenRateLimited(1);
        }

        var result = await h.RunAsync(h.Client.PostMessageAsync(new("C1", "x"), Ct));

        Assert.Equal(("ratelimited", SlackErrorKind.RateLimited), (result.Error!.Code, result.Error.Kind));
        Assert.Equal(SlackApiClient.MaxAttempts, h.Slack.Calls.Count);
    }

    [Fact]
    public async Task PostMessage_RetryAfterBeyondLimit_FailsWithoutWaiting()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenRateLimited(600);

        var result = await h.Client.PostMessageAsync(new("C1", "x"), Ct);

        Assert.Equal("ratelimited", result.Error!.Code);
        Assert.Single(h.Slack.Calls);
    }

    [Fact]
    public async Task PostMessage_ConnectionRefused_IsRetriedBecauseNothingWasSent()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenThrow(HttpRequestError.ConnectionError).ThenThrow(HttpRequestError.NameResolutionError).ThenJson("""{"ok":true,"channel":"C1","ts":"1.0"}""");

        var result = await h.RunAsync(h.Client.PostMessageAsync(new("C1", "x"), Ct));

        Assert.True(result.IsOk);
        Assert.Equal(3, h.Slack.Calls.Count);
    }

    [Fact]
    public async Task PostMessage_ConnectionLostAfterSending_IsNotRetried()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenThrow(HttpRequestError.ResponseEnded);

        var result = await h.RunAsync(h.Client.PostMessageAsync(new("C1", "x"), Ct));

        Assert.Equal(("connection_failed", SlackErrorKind.Transport), (result.Error!.Code, result.Error.Kind));
        Assert.Single(h.Slack.Calls);
    }

    [Fact]
    public async Task PostMessage_ServerError_IsNotRetriedBecauseTheMessageMayExist()
    {
        using var h = new SlackApiHarness();
        h.Slack.Then(HttpStatusCode.ServiceUnavailable, "upstream error");

        var result = await h.RunAsync(h.Client.PostMessageAsync(new("C1", "x"), Ct));

        Assert.Equal(("http_503", SlackErrorKind.Transport), (result.Error!.Code, result.Error.Kind));
        Assert.Single(h.Slack.Calls);
    }

    [Fact]
    public async Task PostMessage_Timeout_IsNotRetried()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenTimeout();

        var result = await h.RunAsync(h.Client.PostMessageAsync(new("C1", "x"), Ct));

        Assert.Equal(("timeout", SlackErrorKind.Transport), (result.Error!.Code, result.Error.Kind));
        Assert.Single(h.Slack.Calls);
    }

    [Fact]
    public async Task Read_ServerErrorOrLostConnection_IsRetried()
    {
        using var h = new SlackApiHarness();
        h.Slack.Then(HttpStatusCode.BadGateway, "").ThenThrow(HttpRequestError.ResponseEnded).ThenJson("""{"ok":true,"channel":{"id":"C1","is_member":true}}""");

        var result = await h.RunAsync(h.Client.GetConversationAsync("C1", Ct));

        Assert.True(result.Value!.IsMember);
        Assert.Equal(3, h.Slack.Calls.Count);
    }

    [Fact]
    public async Task PostMessage_SameChannel_IsPacedOnePerSecond()
    {
        using var h = new SlackApiHarness();

        await h.RunAsync(h.Client.PostMessageAsync(new("C1", "first"), Ct));
        await h.RunAsync(h.Client.PostMessageAsync(new("C2", "other channel"), Ct));
        await h.RunAsync(h.Client.PostMessageAsync(new("C1", "second"), Ct));

        var calls = h.Slack.Calls;
        Assert.Equal(calls[0].At, calls[1].At);
        Assert.Equal(TimeSpan.FromSeconds(1), calls[2].At - calls[0].At);
    }

    [Fact]
    public async Task RateLimit_PausesOtherCallersOfTheSameMethod()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenRateLimited(5);
        var first = h.Client.UpdateAsync(new("C1", "1.0", "a"), Ct);
        var second = h.Client.UpdateAsync(new("C1", "2.0", "b"), Ct);

        await h.RunAsync(Task.WhenAll(first, second));

        var calls = h.Slack.Calls;
        Assert.Equal(3, calls.Count);
        Assert.All(calls.Skip(1), c => Assert.True(c.At - calls[0].At >= TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Logs_NeverContainTheTokenOrResponseUrl()
    {
        using var h = new SlackApiHarness();
        h.Slack.ThenRateLimited(1).ThenJson("""{"ok":false,"error":"invalid_auth"}""").Then(HttpStatusCode.NotFound, "expired_url");
        var responseUrl = new Uri("https://hooks.slack.test/commands/T1/123/secretpart");

        await h.RunAsync(h.Client.PostMessageAsync(new("C1", "x"), Ct));
        await h.RunAsync(h.Client.RespondAsync(responseUrl, new("y"), Ct));

        Assert.NotEmpty(h.Logger.Lines);
        Assert.DoesNotContain(h.Logger.Lines, l => l.Contains(SlackApiHarness.Token, StringComparison.Ordinal) || l.Contains("secretpart", StringComparison.Ordinal));
    }
}
