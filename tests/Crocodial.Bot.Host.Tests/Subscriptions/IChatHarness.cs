using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Host.Tests.Subscriptions;

/// <summary>One channel's real app, driven the way its platform drives it; answers come back as what a reader sees.</summary>
internal interface IChatHarness : IAsyncDisposable
{
    RecordingPoster Poster { get; }

    /// <summary>The asker's own zone as the platform reports it (Slack <c>users.info</c> <c>tz</c>, Teams <c>localTimezone</c>); null: none.</summary>
    string? AskerZone { get; set; }

    /// <summary>Says <paramref name="text"/> to the bot in <paramref name="channel"/> as <paramref name="user"/>; every string of the answer.</summary>
    Task<string> AskAsync(string text, string channel, string user);

    /// <summary>A daily TTY summary at <paramref name="time"/> in Europe/Madrid, stored directly for <paramref name="channel"/>; its id.</summary>
    Task<long> SeedAsync(string channel, TimeOnly time);

    /// <summary>The channel's active subscriptions, read straight from the store.</summary>
    Task<IReadOnlyList<Subscription>> StoredAsync(string channel);
}
