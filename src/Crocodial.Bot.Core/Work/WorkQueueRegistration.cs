using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crocodial.Bot.Core.Work;

public static class WorkQueueRegistration
{
    /// <summary>One queue and its worker for the whole process, shared by every channel.</summary>
    public static IServiceCollection AddWorkQueue(this IServiceCollection services)
    {
        services.TryAddSingleton(new WorkQueue());
        services.AddHostedService<WorkQueueWorker>();
        return services;
    }
}
