namespace Crocodial.Bot.Core.Views;

/// <summary>
/// A channel's morning posts: the listing (<c>subscriptions</c>), and the confirmations of subscribe,
/// unsubscribe and send now. Every string is final; renderers only lay it out: the title, the intro, one block
/// per subscription (heading, lines, buttons), the note and the buttons at the end.
/// </summary>
public sealed record SubscriptionsView(
    string Title,
    string? Intro,
    IReadOnlyList<SubscriptionItem> Items,
    string? Note,
    IReadOnlyList<ViewAction> Actions) : IChatView;

/// <summary>
/// One subscription. <see cref="Heading"/>: "#7 · Weekdays at 07:30 (Europe/Madrid)"; <see cref="Lines"/>: what it
/// posts and for whom, the next run, how the latest day went ("Last posted Fri 5 Dec, 07:31").
/// </summary>
public sealed record SubscriptionItem(long Id, string Heading, IReadOnlyList<string> Lines, IReadOnlyList<ViewAction> Actions);
