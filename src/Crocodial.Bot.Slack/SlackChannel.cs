using Crocodial.Bot.Slack.Answering;
using Crocodial.Bot.Slack.Endpoints;
using Crocodial.Bot.Slack.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Slack;

/// <summary>
/// The Slack channel's composition, the counterpart of <c>TeamsChannel</c>: services and the three endpoints,
/// only when Slack is configured (DECISIONS §6). Needs the host's <c>Answerer</c> and <c>WorkQueue</c>.
/// </summary>
public static class SlackChannel
{
    public const string CommandsPath = SlackProtocol.RoutePrefix + "/commands";
    public const string EventsPath = SlackProtocol.RoutePrefix + "/events";
    public const string InteractionsPath = SlackProtocol.RoutePrefix + "/interactions";

    public static IServiceCollection AddSlackChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSlackProtocol(configuration);
        var options = configuration.GetSection(SlackOptions.Section).Get<SlackOptions>() ?? new SlackOptions();
        if (!options.IsEnabled)
        {
            return services;
        }

        services.TryAddSingleton<SlackBotUser>();
        services.TryAddSingleton<SlackUserZones>();
        services.TryAddSingleton<SlackAnswering>();
        services.TryAddSingleton<ISlackChannelRemovals, NoSlackChannelRemovals>();
        services.TryAddSingleton<SlackCommandEndpoint>();
        services.TryAddSingleton<SlackEventEndpoint>();
        services.TryAddSingleton<SlackInteractionEndpoint>();
        services.AddHostedService<SlackBotUserWorker>();
        return services;
    }

    /// <summary>
    /// The signature gate in front of <c>/slack/*</c>, then <c>POST /slack/commands</c>, <c>/slack/events</c>,
    /// <c>/slack/interactions</c>. Nothing is mapped when Slack is off, so those paths answer 404.
    /// </summary>
    public static TApp MapSlackEndpoints<TApp>(this TApp app)
        where TApp : IApplicationBuilder, IEndpointRouteBuilder
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value.IsEnabled)
        {
            return app;
        }

        app.UseSlackVerification();
        app.MapPost(CommandsPath, (HttpContext context, SlackCommandEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapPost(EventsPath, (HttpContext context, SlackEventEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapPost(InteractionsPath, (HttpContext context, SlackInteractionEndpoint endpoint) => endpoint.Handle(context));
        return app;
    }
}
