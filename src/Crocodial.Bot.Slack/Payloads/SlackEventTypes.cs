namespace Crocodial.Bot.Slack.Payloads;

/// <summary>Inner event <c>type</c> values the bot acts on.</summary>
public static class SlackEventTypes
{
    public const string AppMention = "app_mention";
    public const string Message = "message";
    public const string MemberLeftChannel = "member_left_channel";
    public const string ChannelLeft = "channel_left";

    /// <summary>The private-channel form of <c>channel_left</c> for channels created before March 2021.</summary>
    public const string GroupLeft = "group_left";

    public const string AppUninstalled = "app_uninstalled";
    public const string TokensRevoked = "tokens_revoked";
}
