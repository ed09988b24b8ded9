using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Slack.Posting;
using Crocodial.Bot.Teams.Posting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crocodial.Bot.Host.Subscriptions;

/// <summary>
/// The web server's subscriptions, in place of Core's <see cref="UnavailableSubscriptionBook"/> (which the
/// terminal verbs keep). Needs the store and both channels' services registered.
/// </summary>
internal static class SubscriptionBookRegistration
{
    public static IServiceCollection AddSubscriptionBook(this IServiceCollection services)
    {
        services.TryAddSingleton<SlackPostingCheck>();
        services.TryAddSingleton<TeamsPostingCheck>();
        services.Replace(ServiceDescriptor.Singleton<ISubscriptionBook, StoredSubscriptionBook>());
        return services;
    }
}
