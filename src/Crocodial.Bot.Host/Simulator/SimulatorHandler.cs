namespace Crocodial.Bot.Host.Simulator;

/// <summary>
/// Serves the simulator in-process as the report client's primary handler, so "no BaseUrl" needs no
/// port and no credentials (DECISIONS §5). Same bytes as the standalone endpoint, delays on the
/// injected clock.
/// </summary>
internal sealed class SimulatorHandler(ReportApiSimulator simulator, TimeProvider time) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri?.AbsolutePath != ReportApiSimulator.Path)
        {
            return new SimulatorResponse(404, FaultPages.NotFound, TimeSpan.Zero).ToHttpResponseMessage();
        }

        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var answer = body.Length > ReportApiSimulator.MaxRequestBytes
            ? new SimulatorResponse(413, FaultPages.PayloadTooLarge, TimeSpan.Zero)
            : simulator.Answer(
                SimulatorRequest.Parse(request.RequestUri.Query, body, request.Content?.Headers.ContentType?.ToString()),
                checkCredentials: false);
        if (answer.Delay > TimeSpan.Zero)
        {
            await Task.Delay(answer.Delay, time, cancellationToken);
        }

        return answer.ToHttpResponseMessage();
    }
}
