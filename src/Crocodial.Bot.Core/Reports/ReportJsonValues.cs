using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;

namespace Crocodial.Bot.Core.Reports;

/// <summary>
/// Row values as the API may write them: dates as <c>YYYY-MM-DD</c> (a time part is ignored), counts and
/// seconds as JSON numbers or numeric strings in the invariant culture. A value that is present but not
/// readable sets <c>problem</c> (the first one wins) rather than being guessed.
/// </summary>
internal static class ReportJsonValues
{
    public static DateOnly? ReadDate(ref Utf8JsonReader reader)
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

    public static int ReadCount(ref Utf8JsonReader reader, string name, ref string? problem)
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

    public static double? ReadAverage(ref Utf8JsonReader reader, string name, ref string? problem)
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

                // Counts are plain digits: the integer parser is several times faster than the general one.
                if (Utf8Parser.TryParse(text, out long whole, out var used) && used == text.Length)
                {
                    return whole;
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
}
