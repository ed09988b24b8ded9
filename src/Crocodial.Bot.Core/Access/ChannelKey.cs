namespace Crocodial.Bot.Core.Access;

/// <summary>The names <c>Access:Rules</c> match against, one per place a question can come from.</summary>
public static class ChannelKey
{
    public const string Cli = "cli";

    public static string ForSlack(string teamId, string channelId) => $"slack:{teamId}/{channelId}";

    /// <summary>A Teams channel thread id carries <c>;messageid=…</c>; access is per channel, not per thread.</summary>
    public static string ForTeams(string tenantId, string conversationId) => $"teams:{tenantId}/{WithoutThread(conversationId)}";

    /// <summary>A Teams conversation id without a channel thread's <c>;messageid=…</c> suffix.</summary>
    public static string WithoutThread(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var thread = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread >= 0 ? conversationId[..thread] : conversationId;
    }

    public static bool Matches(string pattern, string channelKey)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return pattern.EndsWith('*')
            ? channelKey.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(pattern, channelKey, StringComparison.OrdinalIgnoreCase);
    }
}
