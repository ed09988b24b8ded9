using System.Net;
using System.Net.Sockets;
using System.Text;
using Crocodial.Bot.Core.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Core.Tests.Reports;

/// <summary>The client with its real primary handler against a loopback socket that writes raw HTTP.</summary>
public sealed class ReportClientLoopbackTests
{
    private static async Task<(ReportResult Result, int Connections)> GetAgainstAsync(string rawResponse)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connections = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var server = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var socket = await listener.AcceptSocketAsync(stop.Token);
                Interlocked.Increment(ref connections);
                var buffer = new byte[64 * 1024];
                var received = new StringBuilder();
                while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var n = await socket.ReceiveAsync(buffer, stop.Token);
                    if (n == 0)
                    {
                        break;
                    }

                    received.Append(Encoding.ASCII.GetString(buffer, 0, n));
                }

                await socket.SendAsync(Encoding.ASCII.GetBytes(rawResponse), stop.Token);
                socket.Shutdown(SocketShutdown.Both);
            }
        });

        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging();
        services.Configure<CrocodialOptions>(o =>
        {
            o.BaseUrl = $"http://127.0.0.1:{port}";
            o.User = "apiuser";
            o.Password = "secret";
        });
        services.AddReportClient();
        await using var provider = services.BuildServiceProvider();
        var query = new ReportQuery(["TTY"], DateRange.Day(new DateOnly(2025, 6, 6)));

        var call = provider.GetRequiredService<ReportClient>().GetAsync(query, TestContext.Current.CancellationToken);
        for (var i = 0; i < 3000 && !call.IsCompleted; i++)
        {
            // Back-off runs on the fake clock while the sockets are real: small steps, so a slow machine
            // never lets 30 fake seconds pass during one real exchange.
            await Task.Delay(5, TestContext.Current.CancellationToken);
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        var result = await call;
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => server);
        return (result, connections);
    }

    [Fact]
    public async Task GetAsync_RealHandlerRedirect_IsNotFollowed()
    {
        var (result, connections) = await GetAgainstAsync(
            "HTTP/1.1 301 Moved Permanently\r\nLocation: https://acme.croco-dial.net/goAPIv2/goReports/goAPI.php\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        Assert.Equal(ReportErrorKind.ServiceError, result.Error!.Kind);
        Assert.Equal(301, result.Error.HttpStatus);
        Assert.Contains("https://acme.croco-dial.net", result.Error.OperatorDetail, StringComparison.Ordinal);
        Assert.Equal(1, connections);
    }

    [Fact]
    public async Task GetAsync_DeclaredHugeBody_IsRefusedWithoutRetry()
    {
        var (result, connections) = await GetAgainstAsync(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: 900000000\r\nConnection: close\r\n\r\n{\"result\":");

        Assert.Equal(ReportErrorKind.MalformedResponse, result.Error!.Kind);
        Assert.Contains("MB", result.Error.OperatorDetail, StringComparison.Ordinal);
        Assert.Equal(1, connections);
    }

    [Fact]
    public async Task GetAsync_BodyCutByTheServer_IsRetriedThenServiceError()
    {
        var (result, connections) = await GetAgainstAsync(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: 500\r\nConnection: close\r\n\r\n{\"result\":\"success\",\"da");

        Assert.Equal(ReportErrorKind.ServiceError, result.Error!.Kind);
        Assert.Equal(1 + ReportClientRegistration.MaxRetries, connections);
    }

    [Fact]
    public async Task GetAsync_PhpStyleAnswer_OverRealSockets_Succeeds()
    {
        var body = ReportClientParsingTests.Sample;
        var (result, _) = await GetAgainstAsync(
            $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nAccess-Control-Allow-Origin: *\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}");

        Assert.True(result.IsSuccess);
    }
}
