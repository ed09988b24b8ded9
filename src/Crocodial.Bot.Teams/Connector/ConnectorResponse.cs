using System.Text.Json;

namespace Crocodial.Bot.Teams.Connector;

/// <summary>Lenient reading of Connector bodies: <c>{"id":…}</c> on success, <c>{"error":{"code":…}}</c> on failure.</summary>
internal static class ConnectorResponse
{
    private const int MaxBodyChars = 64 * 1024;

    public static async Task<JsonElement?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxBodyChars)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? String(JsonElement? body, string name) =>
        body is { } b && b.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static string? ErrorCode(JsonElement? body) =>
        body is { } b && b.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
            ? String(error, "code")
            : null;
}
