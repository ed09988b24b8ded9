using Crocodial.Bot.Core;
using Crocodial.Bot.Host.Simulator;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Host.Cli;

/// <summary>
/// <c>simulator [--urls http://127.0.0.1:8080]</c>: a small web app serving only the report API
/// simulator, for pointing a bot (or curl) at it with <c>Crocodial:BaseUrl</c>. Configuration comes from
/// appsettings.json beside the executable, environment variables and <c>--Key value</c> arguments.
/// </summary>
internal static partial class SimulatorVerb
{
    public const string DefaultUrl = "http://127.0.0.1:8080";

    public static async Task<int> RunAsync(string[] args)
    {
        if (UsageProblem(args) is { } problem)
        {
            await Console.Error.WriteLineAsync($"{problem}\nUsage: simulator [--urls {DefaultUrl}]");
            return CommandLine.UsageError;
        }

        try
        {
            await using var app = Build(args);
            await app.RunAsync();
            return CommandLine.Success;
        }
        catch (IOException ex)
        {
            // Kestrel reports an address in use or not available this way.
            await Console.Error.WriteLineAsync($"The simulator could not listen: {ex.Message}");
            return CommandLine.UsageError;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return CommandLine.UsageError;
        }
    }

    /// <summary>The simulator app, not yet started. Tests pass <c>--urls http://127.0.0.1:0</c> and may replace services.</summary>
    internal static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Logs are diagnostics: stderr, never mixed with answers (DECISIONS §3).
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = ReportApiSimulator.MaxRequestBytes + 1);
        builder.Services.Configure<CrocodialOptions>(builder.Configuration.GetSection(CrocodialOptions.Section));
        builder.Services.AddReportApiSimulator();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapReportApiSimulator();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var endpoints = string.Join(", ", addresses.Select(a => a.TrimEnd('/') + ReportApiSimulator.Path));
            var user = app.Services.GetRequiredService<IOptions<SimulatorOptions>>().Value.User;
            LogServing(app.Logger, endpoints, user);
        });
        return app;
    }

    /// <summary>Only <c>--key value</c> or <c>--key=value</c> pairs (configuration overrides such as <c>--urls</c>).</summary>
    internal static string? UsageProblem(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Length == 2)
            {
                return $"Unexpected argument '{args[i]}'.";
            }

            if (!args[i].Contains('=', StringComparison.Ordinal) && ++i >= args.Length)
            {
                return $"Missing value for '{args[i - 1]}'.";
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report API simulator serving {Endpoints} for user '{User}' (password from Simulator:Password)")]
    private static partial void LogServing(ILogger logger, string endpoints, string user);
}
