namespace Crocodial.Bot.Slack.BlockKit;

/// <summary>
/// The <c>action_id</c>s of our buttons. Each carries a command text as its <c>value</c>; a click sends that
/// text back through the parser and the access check like typed text, because the value is untrusted.
/// </summary>
public static class SlackActionIds
{
    /// <summary>Followed by the button's position, so ids stay unique within a message.</summary>
    public const string RunPrefix = "crocodial_run_";

    /// <summary>Posts the same answer to the channel (an ephemeral answer's "Share in channel").</summary>
    public const string Share = "crocodial_share";

    public const string ShareLabel = "Share in channel";

    public static string Run(int index) => RunPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsRun(string actionId) =>
        actionId.StartsWith(RunPrefix, StringComparison.Ordinal) && actionId.Length > RunPrefix.Length
        && actionId.AsSpan(RunPrefix.Length).IndexOfAnyExceptInRange('0', '9') < 0;
}
