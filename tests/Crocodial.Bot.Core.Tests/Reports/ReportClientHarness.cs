using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Crocodial.Bot.Core.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Core.Tests.Reports;

/// <summary>A recorded request as the API would see it.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string ContentType, string Body);

/// <summary>Plays the report API: records each request and answers from a script.</summary>
public sealed class FakeReportApi : HttpMessageHandler
{
    private readonly Func<RecordedRequest, int, CancellationToken, Task<HttpResponseMessage>> _answer;

    public FakeReportApi(Func<RecordedRequest, int, CancellationToken, Task<HttpResponseMessage>> answer) => _answer = answer;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static FakeReportApi Always(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new((_, _, _) => Task.FromResult(Response(body, status)));

    public static FakeReportApi Sequence(params Func<HttpResponseMessage>[] answers) =>
        new((_, n, _) => Task.FromResult(answers[Math.Min(n, answers.Length - 1)]()));

    public static HttpResponseMessage Response(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        Response(Encoding.UTF8.GetBytes(body), status);

    public static HttpResponseMessage Response(byte[] body, HttpStatusCode status = HttpStatusCode.OK)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "text/html; charset=UTF-8");
        return new HttpResponseMessage(status) { Content = content };
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, request.Content?.Headers.ContentType?.MediaType ?? "", body);
        var n = Requests.Count;
        Requests.Enqueue(recorded);
        return await _answer(recorded, n, cancellationToken);
    }
}

/// <summary>The real client with its real pipeline, over a fake API and a fake clock.</summary>
public sealed class ReportClientHarness : IDisposable
{
    public const string Password = "s3cr3t;P@ss word";

    private readonly ServiceProvider _services;

    public ReportClientHarness(FakeReportApi api, string baseUrl = "https://acme.croco-dial.net/", string password = Password)
    {
        Api = api;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.Configure<CrocodialOptions>(o =>
        {
            o.BaseUrl = baseUrl;
            o.User = "apiuser";
            o.Password = password;
        });
        services.AddReportClient().ConfigurePrimaryHttpMessageHandler(() => api);
        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<ReportClient>();
    }

    public FakeReportApi Api { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero));

    public CapturingLogs Logs { get; } = new();

    public ReportClient Client { get; }

    public static ReportQuery Query(string from, string to, params string[] tenants) =>
        new(tenants, new DateRange(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Runs the call while moving the fake clock, so back-off and timeouts elapse without waiting.</summary>
    public async Task<ReportResult> GetAsync(ReportQuery query)
    {
        var ct = TestContext.Current.CancellationToken;
        var task = Client.GetAsync(query, ct);
        for (var i = 0; i < 2000 && !task.IsCompleted; i++)
        {
            await Task.Delay(1, ct);
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        return await task;
    }

    public void Dispose() => _services.Dispose();
}

public sealed class CapturingLogs : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
    }
}
