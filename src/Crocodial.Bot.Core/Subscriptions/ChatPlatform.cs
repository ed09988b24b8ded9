namespace Crocodial.Bot.Core.Subscriptions;

/// <summary>Where a subscription posts. Stored by name, so the order here may change.</summary>
public enum ChatPlatform
{
    Slack,
    Teams,
}
