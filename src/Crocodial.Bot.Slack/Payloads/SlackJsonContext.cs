using System.Text.Json.Serialization;
using Crocodial.Bot.Slack.WebApi;

namespace Crocodial.Bot.Slack.Payloads;

/// <summary>Slack's wire names are snake_case; null arguments are left out rather than sent as null.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(LenientStringConverter)])]
[JsonSerializable(typeof(SlackEventEnvelope))]
[JsonSerializable(typeof(SlackInteraction))]
[JsonSerializable(typeof(SlackOutgoingMessage))]
[JsonSerializable(typeof(SlackEphemeralMessage))]
[JsonSerializable(typeof(SlackMessageUpdate))]
[JsonSerializable(typeof(SlackResponseMessage))]
[JsonSerializable(typeof(SlackApiEnvelope))]
[JsonSerializable(typeof(ChatResponse))]
[JsonSerializable(typeof(SlackAuthInfo))]
[JsonSerializable(typeof(UsersInfoResponse))]
[JsonSerializable(typeof(ConversationsInfoResponse))]
[JsonSerializable(typeof(ConversationsHistoryResponse))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
