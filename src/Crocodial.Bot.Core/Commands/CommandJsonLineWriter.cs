using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Crocodial.Bot.Core.Commands;

/// <summary>
/// Commands as JSON Lines (the <c>parse</c> verb's output): one reused UTF-8 writer, and text gathered in large
/// blocks because Console.Out flushes on every write. Field order and values are <see cref="CommandJsonWriter"/>'s.
/// </summary>
public sealed class CommandJsonLineWriter(TextWriter stdout) : IDisposable
{
    private readonly TextWriter _stdout = stdout ?? throw new ArgumentNullException(nameof(stdout));

    private const int FlushChars = 64 * 1024;

    private readonly ArrayBufferWriter<byte> _bytes = new(1024);
    private readonly StringBuilder _text = new(FlushChars + 4096);
    private Utf8JsonWriter? _writer;

    /// <summary>One command; with <paramref name="withId"/>, first an <c>id</c> field (the input's, or null).</summary>
    public void Write(JsonElement? id, Command command, bool withId)
    {
        var writer = Start();
        if (withId)
        {
            writer.WritePropertyName("id");
            if (id is { } value)
            {
                value.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        CommandJsonWriter.WriteFields(writer, command);
        End(writer);
    }

    /// <summary>A line that could not be parsed: <c>{"id":…,"error":"…"}</c>.</summary>
    public void WriteError(JsonElement? id, string message)
    {
        var writer = Start();
        writer.WritePropertyName("id");
        if (id is { } value && value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteString("error", message);
        End(writer);
    }

    public void Dispose() => _writer?.Dispose();

    /// <summary>Writes the gathered lines out; call it once the last command is written.</summary>
    public void Flush()
    {
        _stdout.Write(_text);
        _stdout.Flush();
        _text.Clear();
    }

    private Utf8JsonWriter Start()
    {
        _bytes.ResetWrittenCount();
        if (_writer is null)
        {
            // Relaxed escaping keeps quotes and non-ASCII readable; the output is JSON Lines, never HTML.
            _writer = new Utf8JsonWriter(_bytes, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
        else
        {
            _writer.Reset(_bytes);
        }

        _writer.WriteStartObject();
        return _writer;
    }

    private void End(Utf8JsonWriter writer)
    {
        writer.WriteEndObject();
        writer.Flush();
        _text.Append(Encoding.UTF8.GetString(_bytes.WrittenSpan)).Append('\n');
        if (_text.Length >= FlushChars)
        {
            Flush();
        }
    }
}
