using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crocodial.Bot.Host.Delivery;

/// <summary>The daily posts: the worker that keeps the schedule, and "send now" for the chat commands. Web server only.</summary>
internal static class DeliveryRegistration
{
    public static IServiceCollection AddDailyDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryOptions>()
            .Bind(configuration.GetSection(DeliveryOptions.Section))
            .Validate(o => o.RetryDeadline > TimeSpan.Zero, "Subscriptions:RetryDeadline must be a positive time span, e.g. 00:15:00.")
            .ValidateOnStart();
        services.TryAddSingleton<DeliveryInstance>();
        services.TryAddSingleton<TeamsPacer>();
        services.TryAddSingleton<DailySummaryBuilder>();
        services.TryAddSingleton<DailyPostSender>();
        services.TryAddSingleton<DailyDelivery>();
        services.TryAddSingleton<DeliveryRounds>();
        services.TryAddSingleton<IDailyPoster, DailyPoster>();
        services.AddHostedService<DeliveryWorker>();
        return services;
    }
}
