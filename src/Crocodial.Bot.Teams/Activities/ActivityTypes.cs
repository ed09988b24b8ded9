namespace Crocodial.Bot.Teams.Activities;

/// <summary>The activity <c>type</c> values we act on; compare them ordinally (spec A2010).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string MessageReaction = "messageReaction";
    public const string Typing = "typing";
    public const string Event = "event";
}
