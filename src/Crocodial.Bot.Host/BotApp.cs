using Crocodial.Bot.Core.Access;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Configuration;
using Crocodial.Bot.Host.Delivery;
using Crocodial.Bot.Host.Storage;
using Crocodial.Bot.Host.Subscriptions;
using Crocodial.Bot.Slack;
using Crocodial.Bot.Slack.Events;
using Crocodial.Bot.Teams;
using Crocodial.Bot.Teams.References;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Host;

/// <summary>Composition of the web server: settings check, services, channels, endpoints.</summary>
internal static partial class BotApp
{
    public const string DefaultUrl = "http://localhost:3978";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Checked now, so a bad setting stops the process with one clear message; and again when the host
        // starts (SettingsGate), for configuration that arrives after this point.
        var problems = SettingsCheck.Problems(builder.Configuration);
        if (problems.Count > 0)
        {
            throw new InvalidSettingsException(problems);
        }

        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddHostedService<SettingsGate>();
        builder.Services.AddCrocodialBot(builder.Configuration);
        builder.Services.AddSubscriptionStore(builder.Configuration);
        builder.Services.AddSubscriptionBook();
        builder.Services.AddTeamsChannel(builder.Configuration);
        builder.Services.Replace(ServiceDescriptor.Singleton<IConversationReferenceStore, DurableConversationReferences>());
        builder.Services.AddSlackChannel(builder.Configuration);
        builder.Services.Replace(ServiceDescriptor.Singleton<ISlackChannelRemovals, SlackRemovalsInStore>());
        builder.Services.AddDailyDelivery();
        builder.Services.AddHealthChecks();

        var app = builder.Build();
        app.MapHealthChecks("/health/live");
        app.MapHealthChecks("/health/ready");
        app.MapTeamsEndpoints();
        app.MapSlackEndpoints();
        app.Lifetime.ApplicationStarted.Register(() => SayHowItRuns(app));
        return app;
    }

    public const string TeamsAnonymousWarning =
        "Teams:AllowUnauthenticated is on: /api/messages accepts requests without a token and replies without one. For the local Agents Playground only.";

    private static void SayHowItRuns(WebApplication app)
    {
        var teams = app.Services.GetRequiredService<IOptions<TeamsOptions>>().Value;
        var slack = app.Services.GetRequiredService<IOptions<SlackOptions>>().Value;
        string[] channels =
        [
            .. teams.IsEnabled ? [teams.AllowUnauthenticated ? "Teams (anonymous, local Playground)" : "Teams"] : Array.Empty<string>(),
            .. slack.IsEnabled ? ["Slack"] : Array.Empty<string>(),
        ];
        LogChannels(app.Logger, channels.Length == 0 ? "none (set Teams:* or Slack:* to turn one on)" : string.Join(", ", channels));
        if (teams.AllowUnauthenticated)
        {
            LogWarning(app.Logger, TeamsAnonymousWarning);
        }

        if (BotServices.UsesSimulator(app.Configuration))
        {
            LogNotice(app.Logger, BotServices.SimulatorNotice);
        }
        else if (!app.Services.GetRequiredService<AccessPolicy>().HasRules)
        {
            LogWarning(app.Logger, BotServices.NoAccessRulesWarning);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Notice}")]
    private static partial void LogNotice(ILogger logger, string notice);

    [LoggerMessage(Level = LogLevel.Information, Message = "Channels on: {Channels}")]
    private static partial void LogChannels(ILogger logger, string channels);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void LogWarning(ILogger logger, string warning);
}
