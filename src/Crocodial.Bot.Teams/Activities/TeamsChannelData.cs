using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crocodial.Bot.Teams.Activities;

/// <summary>Teams' <c>channelData</c>: tenant, team, channel, event type; outbound also the notification flag.</summary>
public sealed record TeamsChannelData
{
    public TenantInfo? Tenant { get; init; }
    public TeamInfo? Team { get; init; }
    public ChannelInfo? Channel { get; init; }
    public string? EventType { get; init; }
    public NotificationInfo? Notification { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}

public sealed record TenantInfo(string? Id);

public sealed record TeamInfo(string? Id, string? Name = null, string? AadGroupId = null);

public sealed record ChannelInfo(string? Id, string? Name = null);

public sealed record NotificationInfo(bool Alert);
