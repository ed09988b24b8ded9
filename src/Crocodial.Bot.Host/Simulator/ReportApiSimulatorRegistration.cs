using Crocodial.Bot.Core;
using Crocodial.Bot.Core.Reports;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Host.Simulator;

/// <summary>Composition of the simulator: its services, the embedded handler and the HTTP endpoint.</summary>
internal static class ReportApiSimulatorRegistration
{
    /// <summary>The simulator core and its settings (<c>Simulator:User</c>/<c>Simulator:Password</c>).</summary>
    public static IServiceCollection AddReportApiSimulator(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SimulatorOptions>()
            .Configure<IServiceProvider>((options, provider) => provider.GetService<IConfiguration>()?.GetSection(SimulatorOptions.Section).Bind(options));
        services.TryAddSingleton<ReportApiSimulator>();
        return services;
    }

    /// <summary>
    /// Answers the report client in-process whenever <c>Crocodial:BaseUrl</c> is empty (DECISIONS §5).
    /// Decided when the handler is built, not at registration: settings may still arrive after it
    /// (tests, late configuration sources).
    /// </summary>
    public static IHttpClientBuilder UseEmbeddedReportApiSimulator(this IHttpClientBuilder reportClient)
    {
        ArgumentNullException.ThrowIfNull(reportClient);
        reportClient.Services.AddReportApiSimulator();
        return reportClient.ConfigurePrimaryHttpMessageHandler(provider =>
            provider.GetRequiredService<IOptions<CrocodialOptions>>().Value.UsesSimulator
                ? new SimulatorHandler(provider.GetRequiredService<ReportApiSimulator>(), provider.GetRequiredService<TimeProvider>())
                : ReportClientRegistration.CreatePrimaryHandler());
    }

    /// <summary><c>GET</c>/<c>POST /goAPIv2/goReports/goAPI.php</c> with credentials checked, as the vendor serves it.</summary>
    public static IEndpointConventionBuilder MapReportApiSimulator(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(ReportApiSimulator.Path, [HttpMethods.Get, HttpMethods.Post], ServeAsync);

    private static async Task ServeAsync(HttpContext context, ReportApiSimulator simulator, TimeProvider time)
    {
        var ct = context.RequestAborted;
        var body = await ReadBodyAsync(context.Request, ct);
        var answer = body is null
            ? new SimulatorResponse(413, FaultPages.PayloadTooLarge, TimeSpan.Zero)
            : simulator.Answer(SimulatorRequest.Parse(context.Request.QueryString.Value, body, context.Request.ContentType), checkCredentials: true);
        if (answer.Delay > TimeSpan.Zero)
        {
            await Task.Delay(answer.Delay, time, ct);
        }

        await answer.WriteAsync(context.Response, ct);
    }

    /// <summary>The body, or null when it exceeds <see cref="ReportApiSimulator.MaxRequestBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > ReportApiSimulator.MaxRequestBytes)
        {
            return null;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ReportApiSimulator.MaxRequestBytes + 1;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > ReportApiSimulator.MaxRequestBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
