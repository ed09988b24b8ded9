using System.Globalization;
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
    private static readonly JsonReaderOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

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
        var envelope = new Envelope();
        try
        {
            var reader = new Utf8JsonReader(json, JsonOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return ReportReading.Failed(ReportErrors.Malformed("The API's JSON is not an object."));
            }

            ReadEnvelope(ref reader, ref envelope);
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

        // Stable sort: same-day rows keep the API's order, which Combine does not depend on anyway.
        var sorted = inside.OrderBy(row => row.Date).ToArray();
        var hasDuplicates = false;
        for (var i = 1; i < sorted.Length && !hasDuplicates; i++)
        {
            hasDuplicates = sorted[i].Date == sorted[i - 1].Date;
        }

        return hasDuplicates
            ? [.. sorted.GroupBy(row => row.Date).Select(day => day.Count() == 1 ? day.First() : DailyStats.Combine(day.Key, day))]
            : sorted;
    }

    private static void ReadEnvelope(ref Utf8JsonReader reader, ref Envelope envelope)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("result"u8))
            {
                reader.Read();
                envelope.Result = ScalarText(ref reader);
            }
            else if (reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                envelope.Message = ScalarText(ref reader);
            }
            else if (reader.ValueTextEquals("code"u8))
            {
                reader.Read();
                envelope.Code = ScalarText(ref reader);
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                ReadData(ref reader, ref envelope);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        // Text after the root object (a late PHP warning) is deliberately not read.
    }

    private static void ReadData(ref Utf8JsonReader reader, ref Envelope envelope)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            // PHP encodes an empty associative array as [], so "data":[] is the no-rows case.
            reader.Skip();
            envelope.Rows = [];
            return;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isRows = reader.ValueTextEquals("rows"u8);
            reader.Read();
            if (isRows && reader.TokenType == JsonTokenType.StartArray)
            {
                envelope.Rows = [];
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    ReadRow(ref reader, ref envelope);
                }
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadRow(ref Utf8JsonReader reader, ref Envelope envelope)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            envelope.RowProblem ??= $"A row of data.rows is a {reader.TokenType}, not an object.";
            reader.Skip();
            return;
        }

        DateOnly? date = null;
        int total = 0, queued = 0, abandon1 = 0, abandon2 = 0, handled = 0;
        double? wait = null, handle = null;
        string? problem = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = FieldOf(ref reader);
            reader.Read();
            switch (field)
            {
                case RowField.CallDate:
                    date = ReadDate(ref reader);
                    break;
                case RowField.Total:
                    total = ReadCount(ref reader, "total_calls", ref problem);
                    break;
                case RowField.Queued:
                    queued = ReadCount(ref reader, "queued_calls", ref problem);
                    break;
                case RowField.Abandon1:
                    abandon1 = ReadCount(ref reader, "abandon1", ref problem);
                    break;
                case RowField.Abandon2:
                    abandon2 = ReadCount(ref reader, "abandon2", ref problem);
                    break;
                case RowField.Handled:
                    handled = ReadCount(ref reader, "handled_calls", ref problem);
                    break;
                case RowField.AvgHold:
                    wait = ReadAverage(ref reader, "avg_hold_time", ref problem);
                    break;
                case RowField.AvgHandle:
                    handle = ReadAverage(ref reader, "avg_handle_time", ref problem);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (date is not { } day)
        {
            envelope.RowProblem ??= $"Row {envelope.Rows!.Count + 1} of data.rows has no valid calldate (YYYY-MM-DD).";
            return;
        }

        if (problem is not null)
        {
            envelope.RowProblem ??= $"The row for {day:yyyy-MM-dd}: {problem}";
            return;
        }

        envelope.Rows!.Add(new DailyStats(day, total, queued, abandon1, abandon2, handled, wait, handle));
    }

    private static DateOnly? ReadDate(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        Span<byte> buffer = stackalloc byte[32];
        var value = Unescaped(in reader, buffer);

        // "YYYY-MM-DD", possibly followed by a time the vendor might add.
        if (value.Length < 10 || value[4] != '-' || value[7] != '-'
            || !TryDigits(value[..4], out var year) || !TryDigits(value.Slice(5, 2), out var month) || !TryDigits(value.Slice(8, 2), out var dayOfMonth)
            || year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, dayOfMonth);
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    private static int ReadCount(ref Utf8JsonReader reader, string name, ref string? problem)
    {
        var value = ReadNumber(ref reader, name, ref problem);
        if (value is not { } v)
        {
            return 0;
        }

        if (v < 0 || v > int.MaxValue || Math.Floor(v) != v)
        {
            problem ??= $"{name} is {v.ToString(CultureInfo.InvariantCulture)}, not a count.";
            return 0;
        }

        return (int)v;
    }

    private static double? ReadAverage(ref Utf8JsonReader reader, string name, ref string? problem)
    {
        var value = ReadNumber(ref reader, name, ref problem);
        if (value is < 0)
        {
            problem ??= $"{name} is negative.";
            return null;
        }

        return value;
    }

    /// <summary>A JSON number or numeric string (invariant culture); null, "" and whitespace are "no value".</summary>
    private static double? ReadNumber(ref Utf8JsonReader reader, string name, ref string? problem)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetDouble(out var number) && double.IsFinite(number):
                return number;
            case JsonTokenType.String:
                Span<byte> buffer = stackalloc byte[64];
                var text = Unescaped(in reader, buffer).Trim(" \t"u8);
                if (text.IsEmpty)
                {
                    return null;
                }

                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed))
                {
                    return parsed;
                }

                problem ??= $"{name} is '{BodyExcerpt.Of(text)}', not a number.";
                return null;
            default:
                problem ??= $"{name} is a {reader.TokenType}, not a number.";
                reader.Skip();
                return null;
        }
    }

    /// <summary>The string's UTF-8 bytes; escapes (rare in numbers and dates) are decoded into the buffer.</summary>
    private static ReadOnlySpan<byte> Unescaped(in Utf8JsonReader reader, Span<byte> buffer)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        return reader.ValueSpan.Length <= buffer.Length && reader.CopyString(buffer) is var written
            ? buffer[..written]
            : ReadOnlySpan<byte>.Empty;
    }

    /// <summary>A scalar as text (numbers keep their wire form); objects and arrays are skipped.</summary>
    private static string? ScalarText(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.Null:
                return null;
            default:
                reader.Skip();
                return null;
        }
    }

    private struct Envelope
    {
        public string? Result;
        public string? Message;
        public string? Code;
        public List<DailyStats>? Rows;
        public string? RowProblem;
    }

    private enum RowField
    {
        Unknown,
        CallDate,
        Total,
        Queued,
        Abandon1,
        Abandon2,
        Handled,
        AvgHold,
        AvgHandle,
    }

    private static RowField FieldOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("calldate"u8) ? RowField.CallDate
        : reader.ValueTextEquals("total_calls"u8) ? RowField.Total
        : reader.ValueTextEquals("queued_calls"u8) ? RowField.Queued
        : reader.ValueTextEquals("abandon1"u8) ? RowField.Abandon1
        : reader.ValueTextEquals("abandon2"u8) ? RowField.Abandon2
        : reader.ValueTextEquals("handled_calls"u8) ? RowField.Handled
        : reader.ValueTextEquals("avg_hold_time"u8) ? RowField.AvgHold
        : reader.ValueTextEquals("avg_handle_time"u8) ? RowField.AvgHandle
        : RowField.Unknown;
}
