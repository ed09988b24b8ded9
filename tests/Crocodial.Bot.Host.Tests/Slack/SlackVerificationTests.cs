using System.Net;
using Microsoft.Extensions.Configuration;

namespace Crocodial.Bot.Host.Tests.Slack;

/// <summary>The real gate in front of every Slack route: anything not signed by Slack with the current secret is 401, empty.</summary>
public class SlackVerificationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Forgeries() => ["wrong-secret", "stale", "future", "missing-signature", "missing-timestamp", "tampered"];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task ForgedRequest_OnEveryRoute_Is401Empty(string forgery)
    {
        await using var app = await SlackApp.StartAsync();
        foreach (var path in new[] { "/slack/commands", "/slack/events", "/slack/interactions" })
        {
            var body = SlackRequests.CommandForm("help", app.Slack.ResponseUrl("x"));
            var request = forgery switch
            {
                "wrong-secret" => SlackRequests.Signed(path, body, "application/x-www-form-urlencoded", secret: "not-the-secret"),
                "stale" => SlackRequests.Signed(path, body, "application/x-www-form-urlencoded", SlackRequests.Now - 6 * 60),
                "future" => SlackRequests.Signed(path, body, "application/x-www-form-urlencoded", SlackRequests.Now + 6 * 60),
                "tampered" => SlackRequests.Signed(path, body.Replace("help", "stats", StringComparison.Ordinal), "application/x-www-form-urlencoded", signedBody: body),
                _ => SlackRequests.Signed(path, body, "application/x-www-form-urlencoded"),
            };
            if (forgery == "missing-signature")
            {
                request.Headers.Remove("X-Slack-Signature");
            }

            if (forgery == "missing-timestamp")
            {
                request.Headers.Remove("X-Slack-Request-Timestamp");
            }

            var response = await app.Client.SendAsync(request, Ct);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("", await response.Content.ReadAsStringAsync(Ct));
        }

        Assert.Empty(app.Slack.CallsTo("response_url"));
    }

    [Fact]
    public async Task SslCheck_IsAnswered200_WithoutASignature()
    {
        await using var app = await SlackApp.StartAsync();
        using var content = new StringContent("ssl_check=1&token=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await app.Client.PostAsync(new Uri("/slack/commands", UriKind.Relative), content, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SlackOff_RoutesAreNotMapped()
    {
        await using var factory = new Support.BotFactory();
        using var client = factory.CreateClient();

        var response = await client.SendAsync(SlackRequests.Command("help", "https://hooks.example/x"), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("Slack:SigningSecret", "Slack:BotToken")]
    [InlineData("Slack:BotToken", "Slack:SigningSecret")]
    public void HalfConfiguredSlack_StopsStartUp_NamingTheMissingKey(string given, string missing)
    {
        var settings = new Dictionary<string, string?> { [given] = "set" };
        using var factory = new Support.BotFactory(settings);

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var problem = Assert.Single(Crocodial.Bot.Host.Configuration.SettingsCheck.Problems(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()));
        Assert.StartsWith(missing, problem, StringComparison.Ordinal);
    }
}
