using Crocodial.Bot.Core;
using Crocodial.Bot.Core.Access;
using Crocodial.Bot.Core.Conversation;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Core.Work;
using Crocodial.Bot.Host.Simulator;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crocodial.Bot.Host;

/// <summary>The services every entry point shares: options, the report door, the answerer, the simulator when no API is configured.</summary>
internal static class BotServices
{
    public static IServiceCollection AddCrocodialBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrocodialOptions>().Bind(configuration.GetSection(CrocodialOptions.Section));
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.Section));
        services.AddOptions<AccessOptions>().Bind(configuration.GetSection(AccessOptions.Section));
        services.AddReportSource();
        services.AddOptions<SubscriptionsOptions>().Bind(configuration.GetSection(SubscriptionsOptions.Section));
        services.TryAddSingleton<ISubscriptionBook, UnavailableSubscriptionBook>();
        services.AddSingleton<SubscriptionDesk>();
        services.AddSingleton<Answerer>();
        services.AddWorkQueue();

        services.AddReportClient().UseEmbeddedReportApiSimulator();
        return services;
    }

    public static bool UsesSimulator(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration[$"{CrocodialOptions.Section}:{nameof(CrocodialOptions.BaseUrl)}"]);

    /// <summary>Said once at start-up, so nobody mistakes simulated numbers for real ones.</summary>
    public const string SimulatorNotice =
        "Crocodial:BaseUrl is empty: answering from the built-in report API simulator (simulated numbers, not real ones).";

    public const string NoAccessRulesWarning =
        "Access:Rules is empty: every channel can see every tenant of the real report API.";
}
