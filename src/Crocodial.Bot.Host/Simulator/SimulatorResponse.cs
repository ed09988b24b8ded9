namespace Crocodial.Bot.Host.Simulator;

/// <summary>
/// What the simulated API answers: status, body and how long it takes. Headers are always PHP's defaults:
/// <see cref="ContentType"/> and <c>Access-Control-Allow-Origin: *</c>.
/// </summary>
internal sealed record SimulatorResponse(int StatusCode, byte[] Body, TimeSpan Delay)
{
    public const string ContentType = "text/html; charset=UTF-8";

    public static SimulatorResponse Ok(byte[] body) => new(200, body, TimeSpan.Zero);

    public HttpResponseMessage ToHttpResponseMessage()
    {
        var content = new ByteArrayContent(Body);
        content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        var response = new HttpResponseMessage((System.Net.HttpStatusCode)StatusCode) { Content = content };
        response.Headers.TryAddWithoutValidation("Access-Control-Allow-Origin", "*");
        return response;
    }

    public async Task WriteAsync(HttpResponse response, CancellationToken ct)
    {
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        response.Headers.AccessControlAllowOrigin = "*";
        response.ContentLength = Body.Length;
        await response.Body.WriteAsync(Body, ct);
    }
}
