using Crocodial.Bot.Host.Configuration;

namespace Crocodial.Bot.Host.Storage;

/// <summary>Chooses the store by <c>Storage:Provider</c> and migrates its schema before the host serves.</summary>
internal static class StorageRegistration
{
    public static IServiceCollection AddSubscriptionStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section));
        services.AddSingleton<ISubscriptionStore>(provider =>
        {
            var options = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
            if (options.Problems() is { Count: > 0 } problems)
            {
                throw new InvalidSettingsException(problems);
            }

            var time = provider.GetService<TimeProvider>() ?? TimeProvider.System;
            return options.ParsedProvider == StorageProvider.Postgres
                ? new PostgresSubscriptionStore(provider.GetRequiredService<StoreDataSource>().Postgres(options.ConnectionString), time)
                : new SqliteSubscriptionStore(options.EffectiveConnectionString, time);
        });
        services.AddSingleton<StoreDataSource>();
        services.AddHostedService<StorageGate>();
        return services;
    }
}
