namespace Crocodial.Bot.Slack.Payloads;

/// <summary>
/// An interactivity payload (the JSON in the form field <c>payload</c>). Button values are untrusted input:
/// a click is re-parsed and re-checked like typed text.
/// </summary>
public sealed record SlackInteraction
{
    public const string BlockActions = "block_actions";

    public string Type { get; init => field = value ?? ""; } = "";

    public IReadOnlyList<SlackAction> Actions { get; init => field = value ?? []; } = [];

    public SlackInteractionUser? User { get; init; }

    public SlackTeamRef? Team { get; init; }

    public SlackChannelRef? Channel { get; init; }

    public SlackContainer? Container { get; init; }

    /// <summary>The message the action came from; absent for some ephemeral sources.</summary>
    public SlackMessage? Message { get; init; }

    public string? ResponseUrl { get; init; }

    public string? TriggerId { get; init; }

    public string? ApiAppId { get; init; }

    public bool IsEnterpriseInstall { get; init; }

    /// <summary><see cref="ResponseUrl"/> when it is an absolute http(s) URL.</summary>
    public Uri? ResponseUri => SlackUrl.Parse(ResponseUrl);

    /// <summary>Null when the form has no single <c>payload</c> field holding a JSON object; never throws.</summary>
    public static SlackInteraction? Parse(ReadOnlySpan<byte> formBody)
    {
        var payload = SlackForm.Parse(formBody).Value("payload");
        return string.IsNullOrEmpty(payload) ? null : SlackJson.TryDeserialize(payload, SlackJsonContext.Default.SlackInteraction);
    }
}

public sealed record SlackAction
{
    public string Type { get; init => field = value ?? ""; } = "";

    public string ActionId { get; init => field = value ?? ""; } = "";

    public string? BlockId { get; init; }

    public string? ActionTs { get; init; }

    /// <summary>A button's value.</summary>
    public string? Value { get; init; }

    public SlackSelectedOption? SelectedOption { get; init; }

    /// <summary>A date picker's <c>YYYY-MM-DD</c>.</summary>
    public string? SelectedDate { get; init; }
}

public sealed record SlackSelectedOption
{
    public string? Value { get; init; }
}

public sealed record SlackInteractionUser
{
    public string Id { get; init => field = value ?? ""; } = "";

    public string? Username { get; init; }

    public string? TeamId { get; init; }
}

public sealed record SlackTeamRef
{
    public string Id { get; init => field = value ?? ""; } = "";

    public string? Domain { get; init; }
}

public sealed record SlackChannelRef
{
    public string Id { get; init => field = value ?? ""; } = "";

    public string? Name { get; init; }
}

/// <summary>Where the clicked element lives; <c>chat.update</c> needs <see cref="ChannelId"/> and <see cref="MessageTs"/>.</summary>
public sealed record SlackContainer
{
    public string? Type { get; init; }

    public string? MessageTs { get; init; }

    public string? ChannelId { get; init; }

    public string? ThreadTs { get; init; }

    /// <summary>Ephemeral messages can be changed only through <c>response_url</c>.</summary>
    public bool IsEphemeral { get; init; }
}
