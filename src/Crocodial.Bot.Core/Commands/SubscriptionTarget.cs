namespace Crocodial.Bot.Core.Commands;

/// <summary>
/// Which existing subscription a command acts on: <c>unsubscribe 7</c> (Id 7), <c>unsubscribe all</c> (All),
/// bare <c>unsubscribe</c> (neither: the bot lists them and asks), <c>subscription 7 send now</c> (SendNow).
/// </summary>
public sealed record SubscriptionTarget(int? Id, bool All, bool SendNow);
