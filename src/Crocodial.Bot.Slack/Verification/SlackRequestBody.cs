using Microsoft.AspNetCore.Http;

namespace Crocodial.Bot.Slack.Verification;

/// <summary>
/// The raw bytes a request was verified over, kept on the context so handlers parse exactly what was signed
/// instead of reading the stream a second time.
/// </summary>
public static class SlackRequestBody
{
    private static readonly object Key = new();

    public static bool TryGetVerifiedBody(this HttpContext context, out ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(Key, out var value) && value is byte[] bytes)
        {
            body = bytes;
            return true;
        }

        body = default;
        return false;
    }

    internal static void SetVerifiedBody(this HttpContext context, byte[] body) => context.Items[Key] = body;
}
