using Crocodial.Bot.Slack.Events;
using Crocodial.Bot.Slack.Verification;
using Crocodial.Bot.Slack.WebApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Slack;

/// <summary>
/// The protocol layer's composition, for the host's <c>AddSlackChannel()</c>/<c>MapSlackEndpoints()</c>:
/// options, verifier, Web API client, pacing and de-duplication, and the verification gate.
/// </summary>
public static class SlackProtocol
{
    public const string RoutePrefix = "/slack";

    /// <summary>Long enough for a Slack call, short enough that a stuck one does not hold a worker.</summary>
    public static readonly TimeSpan ApiTimeout = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddSlackProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SlackRequestVerifier>();
        services.TryAddSingleton<SlackPacer>();
        services.TryAddSingleton<SlackEventDeduplicator>();
        services.AddHttpClient<SlackApiClient>((provider, http) =>
        {
            http.BaseAddress = provider.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUri;
            http.Timeout = ApiTimeout;
        });
        return services;
    }

    /// <summary>
    /// Verifies every request under <paramref name="prefix"/> before routing hands it to a handler. Call it
    /// before the Slack endpoints run (anywhere before <c>app.Run()</c> with minimal hosting).
    /// </summary>
    public static IApplicationBuilder UseSlackVerification(this IApplicationBuilder app, string prefix = RoutePrefix)
    {
        var path = new PathString(prefix);
        return app.UseWhen(context => context.Request.Path.StartsWithSegments(path), branch => branch.UseMiddleware<SlackVerificationMiddleware>());
    }
}
