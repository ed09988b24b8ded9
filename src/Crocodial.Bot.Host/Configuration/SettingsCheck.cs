using System.Globalization;
using Crocodial.Bot.Core;
using Crocodial.Bot.Core.Access;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Subscriptions;
using Crocodial.Bot.Host.Storage;
using Crocodial.Bot.Slack;
using Crocodial.Bot.Teams;

namespace Crocodial.Bot.Host.Configuration;

/// <summary>
/// Fails fast at start-up: every bad setting is named in one message, so an operator fixes them all at
/// once instead of one per restart. Values of secrets are never repeated.
/// </summary>
internal static class SettingsCheck
{
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        var crocodial = configuration.GetSection(CrocodialOptions.Section).Get<CrocodialOptions>() ?? new CrocodialOptions();
        var bot = configuration.GetSection(BotOptions.Section).Get<BotOptions>() ?? new BotOptions();

        if (!string.IsNullOrWhiteSpace(crocodial.BaseUrl))
        {
            if (ReportClientRegistration.BaseUrlProblem(crocodial.BaseUrl) is { } baseUrlProblem)
            {
                problems.Add($"Crocodial:BaseUrl must be the site root such as https://acme.croco-dial.net: {baseUrlProblem} (got '{crocodial.BaseUrl}').");
            }

            if (string.IsNullOrWhiteSpace(crocodial.User))
            {
                problems.Add("Crocodial:User is required when Crocodial:BaseUrl is set.");
            }

            if (string.IsNullOrEmpty(crocodial.Password))
            {
                problems.Add("Crocodial:Password is required when Crocodial:BaseUrl is set (set it as the environment variable Crocodial__Password).");
            }
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(crocodial.TimeZone, out _))
        {
            problems.Add($"Crocodial:TimeZone must be an IANA time zone id such as Europe/Madrid (got '{crocodial.TimeZone}').");
        }

        if (CallCentreClock.ParseWeekStart(crocodial.WeekStart) is null)
        {
            problems.Add($"Crocodial:WeekStart must be monday or sunday (got '{crocodial.WeekStart}').");
        }

        if (bot.DefaultRange.Trim().ToUpperInvariant() is not ("TODAY" or "YESTERDAY"))
        {
            problems.Add($"Bot:DefaultRange must be today or yesterday (got '{bot.DefaultRange}').");
        }

        if (!IsCulture(bot.Culture))
        {
            problems.Add($"Bot:Culture must be a culture name such as en-US (got '{bot.Culture}').");
        }

        // Teams: a half-configured channel, or anonymous mode together with an app id (DECISIONS §6).
        problems.AddRange((configuration.GetSection(TeamsOptions.Section).Get<TeamsOptions>() ?? new TeamsOptions()).Problems());
        problems.AddRange(StorageOptions.Problems(configuration));
        problems.AddRange(AccessProblems(configuration));
        problems.AddRange(SubscriptionsProblems(configuration.GetSection(SubscriptionsOptions.Section)));
        problems.AddRange((configuration.GetSection(SlackOptions.Section).Get<SlackOptions>() ?? new SlackOptions()).Problems());
        return problems;
    }

    private static IEnumerable<string> AccessProblems(IConfiguration configuration)
    {
        var rules = configuration.GetSection(AccessOptions.Section).Get<AccessOptions>()?.Rules ?? [];
        for (var i = 0; i < rules.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(rules[i].Channel))
            {
                yield return $"Access:Rules:{i}:Channel is empty (use slack:<team>/<channel>, teams:<tenant>/<conversation>, cli, or a prefix ending in *).";
            }

            if (rules[i].Tenants.Count == 0)
            {
                yield return $"Access:Rules:{i}:Tenants is empty (list tenant codes, or [\"*\"] for every tenant).";
            }
        }
    }

    /// <summary>Time spans are read by hand: the binder would throw on the first bad one instead of naming them all.</summary>
    private static IEnumerable<string> SubscriptionsProblems(IConfigurationSection section)
    {
        foreach (var (key, mayBeZero) in new[] { ("CatchUpWindow", true), ("ClaimLease", false), ("RetryDeadline", false), ("TickInterval", false) })
        {
            var text = section[key];
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) || span < TimeSpan.Zero || (span == TimeSpan.Zero && !mayBeZero))
            {
                yield return $"Subscriptions:{key} must be a {(mayBeZero ? "" : "positive ")}time span such as 00:10:00 (got '{text}').";
            }
        }
    }

    private static bool IsCulture(string name)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(name) && CultureInfo.GetCultureInfo(name, predefinedOnly: true) is not null;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
