using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Crocodial.Bot.Core;
using Crocodial.Bot.Core.Access;
using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Host.Tests.Teams.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Crocodial.Bot.Host.Tests.Teams;

/// <summary>
/// The app end to end with real tokens: minted from a test key served by a loopback OpenID provider, answered
/// through a loopback stand-in Bot Connector.
/// </summary>
public sealed class TeamsAuthenticationTests : IAsyncLifetime
{
    private readonly TestSigningKey _key = new("key-teams", "msteams");
    private readonly TestSigningKey _webchatOnly = new("key-webchat", "webchat");
    private readonly TestSigningKey _unpublished = new("key-teams", "msteams");
    private LoopbackOpenIdProvider _provider = null!;
    private StandInConnector _connector = null!;
    private TeamsBotFactory _factory = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _provider = await LoopbackOpenIdProvider.StartAsync(_key, _webchatOnly);
        _connector = await StandInConnector.StartAsync();
        _factory = TeamsBotFactory.Authenticated(_provider, _connector);
        _client = _factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
        await _provider.DisposeAsync();
        _key.Dispose();
        _webchatOnly.Dispose();
        _unpublished.Dispose();
    }

    [Fact]
    public async Task ValidToken_IsAcknowledged_AndTheReportArrivesAsACard_WithTheRightNumbers()
    {
        var activity = TeamsActivities.Personal("inbound stats last week for TTY", _connector.ServiceUrl);

        var response = await PostAsync(activity, Token());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var reply = await _connector.WaitForAsync(c => c.IsCard);
        Assert.Equal("POST", reply.Method);
        Assert.EndsWith($"/activities/{Uri.EscapeDataString((string)activity["id"]!)}", reply.Path, StringComparison.Ordinal);
        Assert.Equal("Bearer " + TeamsBotFactory.OutboundToken, reply.Authorization);
        Assert.Null(reply.Text);
        var card = reply.Card!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Contains(await ExpectedCallsAsync(), card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("TTY", (string?)reply.Body["summary"], StringComparison.Ordinal);
        Assert.Contains(_connector.Calls, c => c.Type == "typing");
    }

    [Fact]
    public async Task DuplicateActivityId_IsAnsweredOnce()
    {
        var activity = TeamsActivities.Personal("stats yesterday for TTY", _connector.ServiceUrl);

        var first = await PostAsync(activity, Token());
        var second = await PostAsync(activity, Token());

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        await _connector.WaitForAsync(c => c.IsCard);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.Single(_connector.Calls, c => c.IsCard);
    }

    [Fact]
    public async Task SlowReport_HttpAnswerComesBackAtOnce()
    {
        var activity = TeamsActivities.Personal("stats last week for XSLOW", _connector.ServiceUrl);

        var response = await PostAsync(activity, Token());

        // Had the acknowledgement waited for the report (20 s), the card would already have been sent.
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.DoesNotContain(_connector.Calls, c => c.IsCard);
        await _connector.WaitForAsync(c => c.Type == "typing");
        Assert.DoesNotContain(_connector.Calls, c => c.IsCard);

        // The simulator answers XSLOW after 20 s; after 10 s the user is told, once, that the bot is on it.
        var note = await _connector.WaitForAsync(c => c.Text?.StartsWith("Still working on it", StringComparison.Ordinal) == true, seconds: 15);
        Assert.Contains("XSLOW", note.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_connector.Calls, c => c.IsCard);
    }

    public static TheoryData<string> Refusals => ["missing", "forged", "expired", "wrong-audience", "wrong-issuer", "unendorsed", "wrong-serviceurl", "garbage"];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task BadToken_Is401_AndNothingIsSent(string kind)
    {
        var activity = TeamsActivities.Personal("stats yesterday for TTY", _connector.ServiceUrl);
        var token = kind switch
        {
            "missing" => null,
            "forged" => LoopbackOpenIdProvider.Mint(_unpublished.Credentials, TeamsBotFactory.AppId, _connector.ServiceUrl),
            "expired" => Token(d =>
            {
                d.IssuedAt = DateTime.UtcNow.AddHours(-3);
                d.NotBefore = DateTime.UtcNow.AddHours(-3);
                d.Expires = DateTime.UtcNow.AddHours(-2);
            }),
            "wrong-audience" => Token(d => d.Audience = "someone-else"),
            "wrong-issuer" => Token(d => d.Issuer = "https://sts.example.com"),
            "unendorsed" => LoopbackOpenIdProvider.Mint(_webchatOnly.Credentials, TeamsBotFactory.AppId, _connector.ServiceUrl),
            "wrong-serviceurl" => Token(d => d.Claims["serviceurl"] = "https://smba.trafficmanager.net/emea/"),
            _ => "not-a-jwt",
        };

        var response = await PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Head_Is200_WithoutAuth()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/api/messages", UriKind.Relative));

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    private string Token(Action<SecurityTokenDescriptor>? change = null) =>
        LoopbackOpenIdProvider.Mint(_key.Credentials, TeamsBotFactory.AppId, _connector.ServiceUrl, change);

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Last week's calls for TTY, fetched through the app's own report door: the number the card must show.</summary>
    private async Task<string> ExpectedCallsAsync()
    {
        var clock = _factory.Services.GetRequiredService<CallCentreClock>();
        var command = CommandParser.Parse("inbound stats last week for TTY", clock.Today, clock.WeekStart);
        var reports = _factory.Services.GetRequiredService<ReportSource>();
        var result = await reports.GetAsync(new ReportRequest(ChannelKey.Cli, ["TTY"], false, command.Range!.Value), TestContext.Current.CancellationToken);
        var calls = KpiSummary.From(result.Data!).TotalCalls;
        Assert.True(calls > 0);
        return $"\"{calls.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US"))}\"";
    }
}
