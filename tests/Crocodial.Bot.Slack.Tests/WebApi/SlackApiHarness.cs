using Crocodial.Bot.Slack.WebApi;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Slack.Tests.WebApi;

/// <summary>The client wired to a <see cref="FakeSlack"/> and a fake clock that a test advances instead of waiting.</summary>
internal sealed class SlackApiHarness : IDisposable
{
    public const string Token = "xoxb-1111-secret-token";

    private readonly HttpClient _http;

    public SlackApiHarness()
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2025, 5, 20, 6, 0, 0, TimeSpan.Zero));
        Slack = new FakeSlack(Time);
        _http = new HttpClient(Slack) { BaseAddress = new Uri("https://slack.test/api/") };
        Client = new SlackApiClient(_http, Options.Create(new SlackOptions { SigningSecret = "s", BotToken = Token }), new SlackPacer(Time), Time, Logger);
    }

    public FakeTimeProvider Time { get; }

    public FakeSlack Slack { get; }

    public ListLogger<SlackApiClient> Logger { get; } = new();

    public SlackApiClient Client { get; }

    /// <summary>Lets the call run, moving the fake clock whenever it is waiting on a timer.</summary>
    public async Task<T> RunAsync<T>(Task<T> call)
    {
        for (var i = 0; i < 2000 && !call.IsCompleted; i++)
        {
            await Task.WhenAny(call, Task.Delay(5, TestContext.Current.CancellationToken));
            if (!call.IsCompleted)
            {
                Time.Advance(TimeSpan.FromMilliseconds(250));
            }
        }

        return await call;
    }

    public void Dispose() => _http.Dispose();
}
