using Crocodial.Bot.Teams.Auth;
using Crocodial.Bot.Teams.Connector;
using Crocodial.Bot.Teams.References;
using Crocodial.Bot.Teams.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Teams;

/// <summary>Composition of the Teams channel: <see cref="AddTeamsChannel"/> and <see cref="MapTeamsEndpoints"/>.</summary>
public static class TeamsChannel
{
    public const string MessagesPath = "/api/messages";

    /// <summary>
    /// Registers the Teams services. Expects the shared <c>Answerer</c> and <c>WorkQueue</c> from the host.
    /// The Connector client gets no generic resilience handler: it retries by its own rules (a POST that
    /// creates a message must not be blindly retried).
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(BotTokenProvider.HttpClientName);
        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddSingleton<BotTokenProvider>();
        services.TryAddSingleton<ServiceUrlPolicy>();
        services.AddHttpClient<ConnectorClient>();
        services.TryAddSingleton<IConversationReferenceStore, InMemoryConversationReferenceStore>();
        services.TryAddSingleton<ActivityDeduplicator>();
        services.TryAddTransient<AnswerDelivery>();
        services.TryAddTransient<MessageHandler>();
        services.TryAddTransient<InvokeHandler>();
        services.TryAddTransient<InstallationHandler>();
        services.TryAddTransient<TeamsActivityHandler>();
        return services;
    }

    /// <summary>
    /// <c>POST</c> and <c>HEAD /api/messages</c>, only when Teams is on (an app id, or anonymous mode).
    /// HEAD answers 200 with no body and no auth: local clients probe it before each message.
    /// </summary>
    public static IEndpointRouteBuilder MapTeamsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<TeamsOptions>>().Value;
        if (!options.IsEnabled)
        {
            return endpoints;
        }

        endpoints.MapMethods(MessagesPath, [HttpMethods.Head], () => Results.Ok());
        endpoints.MapPost(MessagesPath, (HttpContext context, TeamsActivityHandler handler) => handler.HandleAsync(context));
        return endpoints;
    }
}
