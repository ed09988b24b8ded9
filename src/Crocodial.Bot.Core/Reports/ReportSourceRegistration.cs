using Crocodial.Bot.Core.Access;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crocodial.Bot.Core.Reports;

public static class ReportSourceRegistration
{
    /// <summary>The report door and what it stands on: access policy, call-centre clock, a cache on <see cref="TimeProvider"/>.</summary>
    public static IServiceCollection AddReportSource(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AccessOptions>();
        services.TryAddSingleton<AccessPolicy>();
        services.TryAddSingleton<CallCentreClock>();
        services.TryAddSingleton<IMemoryCache>(sp => new MemoryCache(new MemoryCacheOptions
        {
            Clock = new TimeProviderClock(sp.GetRequiredService<TimeProvider>()),
        }));
        services.TryAddSingleton<ReportSource>();
        return services;
    }
}
