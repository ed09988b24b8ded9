namespace Crocodial.Bot.Core;

/// <summary>How answers are shaped (configuration section <c>Bot</c>).</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary><c>today</c> or <c>yesterday</c>: the range used when a command names none.</summary>
    public string DefaultRange { get; set; } = "today";

    /// <summary>The one culture answers are formatted in (DECISIONS §1).</summary>
    public string Culture { get; set; } = "en-US";
}
