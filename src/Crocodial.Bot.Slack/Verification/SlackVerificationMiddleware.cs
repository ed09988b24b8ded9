using Crocodial.Bot.Slack.Payloads;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Crocodial.Bot.Slack.Verification;

/// <summary>
/// Guards every Slack route: buffers the raw body (capped), answers <c>ssl_check</c> probes, and rejects an
/// unsigned, stale or forged request with an empty 401 before any handler — or model binding — sees it.
/// </summary>
internal sealed partial class SlackVerificationMiddleware(
    RequestDelegate next, SlackRequestVerifier verifier, ILogger<SlackVerificationMiddleware> logger)
{
    /// <summary>DECISIONS §6: request bodies over 1 MB are refused.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var body = request.ContentLength > MaxBodyBytes ? null : await ReadCappedAsync(request.Body, context.RequestAborted);
        if (body is null)
        {
            LogTooLarge(logger, request.Path);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (IsSslCheck(request, body))
        {
            // Slack's probe of a slash-command URL is unsigned; answer it and process nothing it carries.
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        var result = verifier.Verify(body, Single(request.Headers, SlackRequestVerifier.TimestampHeader), Single(request.Headers, SlackRequestVerifier.SignatureHeader));
        if (!result.IsValid)
        {
            LogRejected(logger, request.Path, result.Failure, result.SkewSeconds);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        context.SetVerifiedBody(body);
        request.Body = new MemoryStream(body, writable: false);
        request.ContentLength = body.Length;
        await next(context);
    }

    private static async Task<byte[]?> ReadCappedAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool IsSslCheck(HttpRequest request, byte[] body) =>
        request.HasFormContentType && SlackForm.Parse(body).TryGetValue("ssl_check", out var value) && value == "1";

    /// <summary>A repeated header is as garbled as a missing one.</summary>
    private static string? Single(IHeaderDictionary headers, string name) =>
        headers.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack request to {Path} rejected: {Failure} (server clock minus request timestamp: {SkewSeconds} s)")]
    private static partial void LogRejected(ILogger logger, PathString path, SlackVerificationFailure failure, long? skewSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack request to {Path} refused: body over 1 MB")]
    private static partial void LogTooLarge(ILogger logger, PathString path);
}
