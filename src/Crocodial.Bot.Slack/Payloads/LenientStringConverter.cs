using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crocodial.Bot.Slack.Payloads;

/// <summary>
/// Slack reuses field names with other shapes in events we do not model (<c>channel</c> is an object in
/// <c>channel_created</c>, <c>user</c> in <c>user_change</c>); such a value reads as null so one odd field
/// does not make a whole delivery unreadable.
/// </summary>
internal sealed class LenientStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : reader.GetDouble().ToString(CultureInfo.InvariantCulture);
            case JsonTokenType.True or JsonTokenType.False:
                return reader.GetBoolean() ? "true" : "false";
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
