using System.Text;
using System.Text.Json;

namespace Crocodial.Bot.Core.Reports;

/// <summary>What one response body said: the days of its range, or why there are none.</summary>
internal sealed record ReportReading(IReadOnlyList<DailyStats> Days, ReportError? Error, string? SkippedPreamble, int IgnoredRows)
{
    public static ReportReading Failed(ReportError error) => new([], error, null, 0);
}

/// <summary>
/// Reads <c>inbound_summary_stats</c> bodies the way report-api.md §7 asks: the API is a PHP script that
/// sets no status codes, has no common error envelope, may print notices before its JSON and mixes
/// numbers with numeric strings. Success is <c>result == "success"</c> and nothing else.
/// </summary>
internal static class ReportResponseReader
{
    public static ReportReading Read(ReadOnlySpan<byte> body, int status, DateRange range, string user)
    {
        var text = TrimStart(body);
        if (status >= 400)
        {
            return ReportReading.Failed(ReportErrors.Http(status, BodyExcerpt.Of(text)));
        }

        if (text.IsEmpty)
        {
            return ReportReading.Failed(ReportErrors.Malformed(
                $"The API answered HTTP {status} with an empty body: the action set no result or json_encode failed on invalid UTF-8. An empty body is not 'no data'."));
        }

        string? preamble = null;
        if (text[0] != (byte)'{')
        {
            var start = FindJsonStart(text);
            if (start < 0)
            {
                return ReportReading.Failed(ReadNonJson(text, status, user));
            }

            preamble = BodyExcerpt.Of(text[..start]);
            text = text[start..];
        }

        var reading = ReadJson(text, range, user);
        return reading with { SkippedPreamble = preamble };
    }

    private static ReadOnlySpan<byte> TrimStart(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        var i = 0;
        while (i < body.Length && body[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return body[i..];
    }

    private static int FindJsonStart(ReadOnlySpan<byte> text)
    {
        var result = text.IndexOf("{\"result\""u8);
        var code = text.IndexOf("{\"code\""u8);
        return result < 0 ? code : code < 0 ? result : Math.Min(result, code);
    }

    private static ReportError ReadNonJson(ReadOnlySpan<byte> text, int status, string user)
    {
        if (text.StartsWith("<?xml"u8) || text.IndexOf("<goautodialapi"u8) >= 0)
        {
            return ReportErrors.Xml();
        }

        if (BodyExcerpt.LooksLikeHtml(text))
        {
            return ReportErrors.HtmlPage(status, BodyExcerpt.Of(text));
        }

        // Plain text: "result=error;message=This API function only accepts XML or JSON value on responsetype;"
        if (text.StartsWith("result="u8))
        {
            var plain = Encoding.UTF8.GetString(text[..Math.Min(text.Length, 512)]);
            var message = PlainField(plain, "message") ?? PlainField(plain, "result") ?? plain;
            return Classify(null, BodyExcerpt.Of(Encoding.UTF8.GetBytes(message)), user);
        }

        return ReportErrors.Malformed($"The API answered HTTP {status} with a body that is not JSON: '{BodyExcerpt.Of(text)}'.");
    }

    private static string? PlainField(string text, string name)
    {
        foreach (var part in text.Split(';'))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && part.AsSpan(0, eq).Trim().Equals(name, StringComparison.Ordinal))
            {
                return part[(eq + 1)..].Trim();
            }
        }

        return null;
    }

    private static ReportReading ReadJson(ReadOnlySpan<byte> json, DateRange range, string user)
    {
        ReportEnvelope? parsed;
        try
        {
            parsed = ReportEnvelope.Parse(json);
        }
        catch (JsonException ex)
        {
            return ReportReading.Failed(ReportErrors.Malformed(
                $"The API's JSON is truncated or invalid (byte {ex.BytePositionInLine} of {json.Length}): '{BodyExcerpt.Of(json)}'."));
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader reports invalid UTF-8 inside a string this way.
            return ReportReading.Failed(ReportErrors.Malformed($"The API's JSON contains invalid UTF-8: '{BodyExcerpt.Of(json)}'."));
        }

        if (parsed is not { } envelope)
        {
            return ReportReading.Failed(ReportErrors.Malformed("The API's JSON is not an object."));
        }

        if (envelope.Result != "success")
        {
            var apiText = envelope.Message
                ?? (envelope.Result is { } r && r != "error" ? r : null)
                ?? BodyExcerpt.Of(json);
            if (envelope.Result is null && envelope.Code is null && envelope.Message is null)
            {
                return ReportReading.Failed(ReportErrors.Malformed($"The API's JSON has no 'result': '{BodyExcerpt.Of(json)}'."));
            }

            return ReportReading.Failed(Classify(envelope.Code, BodyExcerpt.Sanitise(apiText), user));
        }

        if (envelope.RowProblem is { } problem)
        {
            return ReportReading.Failed(ReportErrors.Malformed(problem));
        }

        if (envelope.Rows is not { } rows)
        {
            // A failed vendor SQL query comes back as "success" with missing rows: that is not "no calls".
            return ReportReading.Failed(ReportErrors.Malformed("The API answered 'success' without data.rows."));
        }

        return new ReportReading(Normalise(rows, range, out var ignored), null, null, ignored);
    }

    private static ReportError Classify(string? code, string apiText, string user)
    {
        if (apiText.Contains("Invalid Username", StringComparison.OrdinalIgnoreCase))
        {
            return ReportErrors.BadCredentials(user);
        }

        if (code == "10001" || apiText.Contains("permission", StringComparison.OrdinalIgnoreCase))
        {
            return ReportErrors.PermissionDenied(code, apiText);
        }

        if (code is "40001" or "10006"
            || apiText.Contains("Missing required parameter", StringComparison.OrdinalIgnoreCase)
            || apiText.Contains("Session User Not Defined", StringComparison.OrdinalIgnoreCase))
        {
            return ReportErrors.MissingParameters(code, apiText);
        }

        if (code == "10005" || apiText.Contains("Command Not Found", StringComparison.OrdinalIgnoreCase))
        {
            return ReportErrors.UnknownAction(apiText);
        }

        return ReportErrors.Application(code, apiText);
    }

    /// <summary>Sorted by date, one entry per day (same-day rows combined), only days inside the range.</summary>
    private static DailyStats[] Normalise(List<DailyStats> rows, DateRange range, out int ignored)
    {
        var inside = rows.FindAll(row => range.Contains(row.Date));
        ignored = rows.Count - inside.Count;
        if (inside.Count == 0)
        {
            return [];
        }

        // Stable sort: same-day rows keep the API's order, so the combined averages are reproducible.
        var sorted = inside.OrderBy(row => row.Date).ToArray();
        if (!HasSameDayRows(sorted))
        {
            return sorted;
        }

        var days = new List<DailyStats>(sorted.Length);
        for (var start = 0; start < sorted.Length;)
        {
            var end = start + 1;
            while (end < sorted.Length && sorted[end].Date == sorted[start].Date)
            {
                end++;
            }

            days.Add(end - start == 1 ? sorted[start] : DailyStats.Combine(sorted[start].Date, new ArraySegment<DailyStats>(sorted, start, end - start)));
            start = end;
        }

        return [.. days];
    }

    private static bool HasSameDayRows(DailyStats[] sorted)
    {
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Date == sorted[i - 1].Date)
            {
                return true;
            }
        }

        return false;
    }
}
