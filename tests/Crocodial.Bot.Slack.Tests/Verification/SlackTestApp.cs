using System.Text;
using Crocodial.Bot.Slack.Payloads;
using Crocodial.Bot.Slack.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Slack.Tests.Verification;

/// <summary>A minimal host with the real gate in front of handlers that record what they were given.</summary>
internal sealed class SlackTestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SlackTestApp(WebApplication app, FakeTimeProvider time)
    {
        _app = app;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public List<string> Handled { get; } = [];

    public HttpClient Client => _app.GetTestClient();

    public static Task<SlackTestApp> StartAsync() => StartAsync(app => app.WebHost.UseTestServer());

    public static async Task<SlackTestApp> StartAsync(Action<WebApplicationBuilder> server)
    {
        var builder = WebApplication.CreateSlimBuilder();
        server(builder);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackSigning.DocSecret,
            ["Slack:BotToken"] = "xoxb-test",
        });
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(SlackSigning.DocTimestamp));
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSlackProtocol(builder.Configuration);
        var app = builder.Build();
        var test = new SlackTestApp(app, time);
        app.UseSlackVerification();
        app.MapPost("/slack/commands", async (HttpContext context) =>
        {
            context.TryGetVerifiedBody(out var raw);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var command = SlashCommand.Parse(raw.Span);
            test.Handled.Add($"command {command?.Command} text='{form["text"]}' bytes={raw.Length}");
            return Results.Ok();
        });
        app.MapPost("/slack/events", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var text = await reader.ReadToEndAsync(context.RequestAborted);
            context.TryGetVerifiedBody(out var raw);
            var envelope = SlackEventEnvelope.Parse(raw.Span);
            test.Handled.Add($"event {envelope?.Type} stream={text.Length} raw={raw.Length}");
            return envelope?.Challenge is { } challenge ? Results.Text(challenge) : Results.Ok();
        });
        app.MapPost("/other", () =>
        {
            test.Handled.Add("other");
            return Results.Ok();
        });
        await app.StartAsync();
        return test;
    }

    public string Address => _app.Urls.First();

    public static HttpRequestMessage Signed(string path, string body, string contentType, long timestamp = SlackSigning.DocTimestamp, string secret = SlackSigning.DocSecret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new(contentType);
        request.Headers.Add(SlackRequestVerifier.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(SlackRequestVerifier.SignatureHeader, SlackSigning.Sign(secret, timestamp, body));
        return request;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
