using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Crocodial.Bot.Slack.Payloads;

/// <summary>
/// Reads a form body from the verified bytes themselves (never a re-encoded copy): <c>+</c> is a space,
/// <c>%XX</c> is UTF-8.
/// </summary>
internal static class SlackForm
{
    public static Dictionary<string, StringValues> Parse(ReadOnlySpan<byte> body) =>
        QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));

    /// <summary>The single value of a field; a missing or repeated field is null.</summary>
    public static string? Value(this Dictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;
}
