using System.Net;
using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.Connector;
using Crocodial.Bot.Teams.Tests.TestSupport;

namespace Crocodial.Bot.Teams.Tests.Connector;

/// <summary>DECISIONS §8: 429 (after Retry-After), 412 and failures before sending are retried; a 5xx after a POST is not.</summary>
public class ConnectorRetryTests
{
    private readonly ConnectorFixture _f = new();

    private static ConversationReference Reference => ConnectorFixture.Reference();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Throttled_WaitsForRetryAfter_ThenSends()
    {
        _f.Connector.Then(_ => Throttled(TimeSpan.FromSeconds(7)));

        var result = await _f.RunAsync(_f.Client.SendToConversationAsync(Reference, Activity.CreateMessage("hi"), Ct));

        Assert.True(result.Succeeded);
        Assert.Equal(2, _f.Connector.Requests.Count);
        var waited = _f.Connector.Requests[1].At - _f.Connector.Requests[0].At;
        Assert.InRange(waited, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(9));
    }

    [Fact]
    public async Task Throttled_WithoutRetryAfter_BacksOff()
    {
        _f.Connector.Then(HttpStatusCode.TooManyRequests);

        var result = await _f.RunAsync(_f.Client.SendToConversationAsync(Reference, Activity.CreateMessage("hi"), Ct));

        Assert.True(result.Succeeded);
        Assert.InRange(_f.Connector.Requests[1].At - _f.Connector.Requests[0].At, TimeSpan.FromSeconds(1.6), TimeSpan.FromSeconds(3.5));
    }

    [Fact]
    public async Task Throttled_LongerThanAMinute_GivesUp()
    {
        _f.Connector.Then(_ => Throttled(TimeSpan.FromMinutes(5)));

        var result = await _f.RunAsync(_f.Client.SendToConversationAsync(Reference, Activity.CreateMessage("hi"), Ct));

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal(429, result.StatusCode);
        Assert.Single(_f.Connector.Requests);
    }

    [Fact]
    public async Task PreconditionFailed_IsRetried()
    {
        _f.Connector.Then(HttpStatusCode.PreconditionFailed).Then(HttpStatusCode.PreconditionFailed);

        var result = await _f.RunAsync(_f.Client.ReplyAsync(Reference, "1", Activity.CreateMessage("hi"), Ct));

        Assert.True(result.Succeeded);
        Assert.Equal(3, _f.Connector.Requests.Count);
    }

    [Fact]
    public async Task Retries_StopAfterThree()
    {
        for (var i = 0; i < 5; i++)
        {
            _f.Connector.Then(HttpStatusCode.PreconditionFailed);
        }

        var result = await _f.RunAsync(_f.Client.SendToConversationAsync(Reference, Activity.CreateMessage("hi"), Ct));

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal(412, result.StatusCode);
        Assert.Equal(4, _f.Connector.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task GatewayErrorAfterAPost_IsNotRetried_TheMessageMayExist(HttpStatusCode status)
    {
        _f.Connector.Then(status);

        var result = await _f.RunAsync(_f.Client.SendToConversationAsync(Reference, Activity.CreateMessage("hi"), Ct));

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal((int)status, result.StatusCode);
        Assert.Single(_f.Connector.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task GatewayErrorOnAnUpdate_IsRetried_ReplacingIsIdempotent(HttpStatusCode status)
    {
        _f.Connector.Then(status);

        var result = await _f.RunAsync(_f.Client.UpdateAsync(Reference, "42", Activity.CreateMessage("hi"), Ct));

        Assert.True(result.Succeeded);
        Assert.Equal(2, _f.Connector.Requests.Count);
    }

    [Fact]
    public async Task ConnectionRefused_BeforeSending_IsRetried()
    {
        _f.Connector.Then(_ => throw new HttpRequestException(HttpRequestError.ConnectionError, "refused"));

        var result = await _f.RunAsync(_f.Client.SendToConversationAsync(Reference, Activity.CreateMessage("hi"), Ct));

        Assert.True(result.Succeeded);
        Assert.Equal(2, _f.Connector.Requests.Count);
    }

    [Fact]
    public async Task ConnectionLost_AfterSending_IsNotRetried()
    {
        _f.Connector.Then(_ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "ended"));

        var result = await _f.RunAsync(_f.Client.SendToConversationAsync(Reference, Activity.CreateMessage("hi"), Ct));

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Contains("ResponseEnded", result.Reason, StringComparison.Ordinal);
        Assert.Single(_f.Connector.Requests);
    }

    [Fact]
    public async Task Timeout_IsNotRetried()
    {
        _f.Connector.Then(_ => throw new TaskCanceledException("timeout"));

        var result = await _f.RunAsync(_f.Client.SendToConversationAsync(Reference, Activity.CreateMessage("hi"), Ct));

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Contains("may have been delivered", result.Reason, StringComparison.Ordinal);
        Assert.Single(_f.Connector.Requests);
    }

    [Fact]
    public async Task Typing_IsNeverRetried()
    {
        _f.Connector.Then(HttpStatusCode.TooManyRequests);

        var result = await _f.RunAsync(_f.Client.SendTypingAsync(Reference, Ct));

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Single(_f.Connector.Requests);
    }

    [Fact]
    public async Task Token_IsFetchedOnce_ForAllAttempts()
    {
        _f.Connector.Then(HttpStatusCode.PreconditionFailed);

        await _f.RunAsync(_f.Client.SendToConversationAsync(Reference, Activity.CreateMessage("hi"), Ct));

        Assert.Single(_f.TokenEndpoint.Requests);
        Assert.All(_f.Connector.Requests, r => Assert.Equal("Bearer outbound-token", r.Authorization));
    }

    [Fact]
    public async Task RetriesAndFailures_AreLogged_WithoutTheToken()
    {
        _f.Connector.Then(HttpStatusCode.PreconditionFailed).Then(HttpStatusCode.Forbidden, """{"error":{"code":"BotNotInConversationRoster"}}""");

        await _f.RunAsync(_f.Client.SendToConversationAsync(Reference, Activity.CreateMessage("secret report text"), Ct));

        Assert.Equal(2, _f.Logger.Lines.Count);
        Assert.Contains("BotNotInConversationRoster", _f.Logger.Lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(_f.Logger.Lines, l => l.Contains("outbound-token", StringComparison.Ordinal));
        Assert.DoesNotContain(_f.Logger.Lines, l => l.Contains("secret report text", StringComparison.Ordinal));
    }

    private static HttpResponseMessage Throttled(TimeSpan retryAfter)
    {
        var response = RecordingHandler.Json(HttpStatusCode.TooManyRequests, """{"error":{"code":"Throttled"}}""");
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(retryAfter);
        return response;
    }
}
