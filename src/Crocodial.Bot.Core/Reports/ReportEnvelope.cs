using System.Text;
using System.Text.Json;

namespace Crocodial.Bot.Core.Reports;

/// <summary>
/// The top level of a goAPI JSON body, read in one forward pass: <c>result</c>, <c>message</c> and
/// <c>code</c> as text whatever their JSON type, and <c>data.rows</c> as <see cref="DailyStats"/>.
/// Unknown fields are skipped; numbers may be JSON numbers or numeric strings (invariant culture);
/// null, "" and missing mean "no value". The first row that cannot be read is kept as <see cref="RowProblem"/>.
/// </summary>
internal sealed class ReportEnvelope
{
    private static readonly JsonReaderOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public string? Result { get; private set; }

    public string? Message { get; private set; }

    public string? Code { get; private set; }

    /// <summary>Null when the body had no <c>data.rows</c> list (nor PHP's empty <c>"data":[]</c>).</summary>
    public List<DailyStats>? Rows { get; private set; }

    public string? RowProblem { get; private set; }

    /// <summary>The envelope, or null when the body is not a JSON object. Throws <see cref="JsonException"/> on
    /// truncated or invalid JSON and <see cref="InvalidOperationException"/> on invalid UTF-8 in a string.</summary>
    public static ReportEnvelope? Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, JsonOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var envelope = new ReportEnvelope();
        ReadEnvelope(ref reader, envelope);
        return envelope;
    }

    private static void ReadEnvelope(ref Utf8JsonReader reader, ReportEnvelope envelope)
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
                ReadData(ref reader, envelope);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        // Text after the root object (a late PHP warning) is deliberately not read.
    }

    private static void ReadData(ref Utf8JsonReader reader, ReportEnvelope envelope)
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
                    ReadRow(ref reader, envelope);
                }
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void ReadRow(ref Utf8JsonReader reader, ReportEnvelope envelope)
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
                    date = ReportJsonValues.ReadDate(ref reader);
                    break;
                case RowField.Total:
                    total = ReportJsonValues.ReadCount(ref reader, "total_calls", ref problem);
                    break;
                case RowField.Queued:
                    queued = ReportJsonValues.ReadCount(ref reader, "queued_calls", ref problem);
                    break;
                case RowField.Abandon1:
                    abandon1 = ReportJsonValues.ReadCount(ref reader, "abandon1", ref problem);
                    break;
                case RowField.Abandon2:
                    abandon2 = ReportJsonValues.ReadCount(ref reader, "abandon2", ref problem);
                    break;
                case RowField.Handled:
                    handled = ReportJsonValues.ReadCount(ref reader, "handled_calls", ref problem);
                    break;
                case RowField.AvgHold:
                    wait = ReportJsonValues.ReadAverage(ref reader, "avg_hold_time", ref problem);
                    break;
                case RowField.AvgHandle:
                    handle = ReportJsonValues.ReadAverage(ref reader, "avg_handle_time", ref problem);
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
