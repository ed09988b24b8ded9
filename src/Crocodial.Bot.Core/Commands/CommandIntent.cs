namespace Crocodial.Bot.Core.Commands;

/// <summary>What the user asked the bot to do (commands.md §1, parse contract <c>intent</c>).</summary>
public enum CommandIntent
{
    Report,
    Compare,
    Subscribe,
    Subscriptions,
    Unsubscribe,
    Explain,
    Help,
}
