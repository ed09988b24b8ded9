namespace Crocodial.Bot.Core.Reports;

/// <summary>
/// Reads the whole response body inside the resilience pipeline, so the per-attempt timeout covers a
/// server that sends headers and then stalls, a connection reset mid-body is retried like any other,
/// and an absurdly large body is refused instead of buffered.
/// </summary>
internal sealed class ReportBodyBuffering : DelegatingHandler
{
    public const long MaxBodyBytes = 8 * 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            if (response.Content.Headers.ContentLength > MaxBodyBytes)
            {
                throw new ReportBodyTooLargeException(MaxBodyBytes);
            }

            using var buffer = new MemoryStream();
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            await using (stream)
            {
                var chunk = new byte[16 * 1024];
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
                {
                    if (buffer.Length + read > MaxBodyBytes)
                    {
                        throw new ReportBodyTooLargeException(MaxBodyBytes);
                    }

                    buffer.Write(chunk, 0, read);
                }
            }

            var buffered = new ByteArrayContent(buffer.ToArray());
            foreach (var header in response.Content.Headers)
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}

/// <summary>The body exceeded <see cref="ReportBodyBuffering.MaxBodyBytes"/>; not transient, never retried.</summary>
#pragma warning disable CA1032, CA1064 // internal signal between the handler and the client, not a public exception
internal sealed class ReportBodyTooLargeException(long limit) : Exception($"The response body exceeds {limit} bytes.")
#pragma warning restore CA1032, CA1064
{
    public long Limit { get; } = limit;
}
