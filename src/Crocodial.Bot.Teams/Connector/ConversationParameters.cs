using Crocodial.Bot.Teams.Activities;

namespace Crocodial.Bot.Teams.Connector;

/// <summary>The body of <c>POST v3/conversations</c> for a new channel thread (§3.4).</summary>
internal sealed record ConversationParameters(bool IsGroup, string TenantId, TeamsChannelData ChannelData, Activity Activity);
