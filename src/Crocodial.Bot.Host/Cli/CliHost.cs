using Crocodial.Bot.Host.Configuration;

namespace Crocodial.Bot.Host.Cli;

/// <summary>
/// The services of the terminal verbs: the same as the server's, configured from appsettings.json beside
/// the executable and environment variables. Logs go to stderr; only errors are shown, because the verb
/// itself explains a failed report there.
/// </summary>
internal static class CliHost
{
    /// <param name="settings">Configuration that wins over the file and the environment (tests).</param>
    public static IHost? Build(TextWriter stderr, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var problems = SettingsCheck.Problems(builder.Configuration);
        if (problems.Count > 0)
        {
            stderr.WriteLine("Configuration problem:\n  " + string.Join("\n  ", problems));
            return null;
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.Services.AddCrocodialBot(builder.Configuration);
        if (BotServices.UsesSimulator(builder.Configuration))
        {
            stderr.WriteLine(BotServices.SimulatorNotice);
        }

        return builder.Build();
    }
}
