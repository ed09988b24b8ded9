using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Host.Simulator;

/// <summary>
/// Invented but plausible daily inbound traffic per tenant: weekday and weekend rhythm, a winter peak,
/// closed public holidays, small tenants closed on Sundays, and today's numbers growing through opening
/// hours. Every row keeps <c>abandon1 ≤ abandon2 ≤ queued ≤ total</c> and <c>handled + abandon2 ≤ total</c>.
/// </summary>
internal static class SimulatedCallCentre
{
    /// <summary>The tenants a request without <c>tenant[]</c> covers, largest first.</summary>
    public static readonly IReadOnlyList<string> Tenants = ["ACME", "TTY", "AAA", "BBB", "CCC"];

    private static readonly Dictionary<string, TenantProfile> Profiles = new(StringComparer.Ordinal)
    {
        ["ACME"] = new(1450, 0.40, 0.20, 38, 420),
        ["TTY"] = new(700, 0.30, 0.12, 62, 465),
        ["AAA"] = new(260, 0.25, 0.08, 45, 380),
        ["BBB"] = new(85, 0.20, 0, 30, 510),
        ["CCC"] = new(22, 0, 0, 18, 600),

        // Fault tenants that still answer with data (XSLOW late, XNOTICE behind a PHP notice).
        ["XSLOW"] = new(120, 0.2, 0, 40, 420),
        ["XNOTICE"] = new(120, 0.2, 0, 40, 420),
    };

    public static bool IsKnown(string tenant) => Profiles.ContainsKey(tenant);

    /// <summary>
    /// The day's row, or null when the tenant had no calls (no row at all, like the API's GROUP BY).
    /// <paramref name="shareOfDay"/> is 1 for past days and the share of the day's calls so far for today.
    /// </summary>
    public static DailyStats? Day(string tenant, DateOnly date, double shareOfDay)
    {
        if (!Profiles.TryGetValue(tenant, out var profile) || IsHoliday(date))
        {
            return null;
        }

        var weekday = date.DayOfWeek switch
        {
            DayOfWeek.Monday => 1.12,
            DayOfWeek.Tuesday => 1.02,
            DayOfWeek.Wednesday => 0.98,
            DayOfWeek.Thursday => 0.96,
            DayOfWeek.Friday => 0.90,
            DayOfWeek.Saturday => profile.Saturday,
            _ => profile.Sunday,
        };
        var season = 1 + (0.15 * Math.Cos(2 * Math.PI * (date.DayOfYear - 20) / 365.25));
        var random = new StableRandom(tenant, date);
        var full = (int)Math.Round(profile.WeekdayCalls * weekday * season * random.Between(0.88, 1.12));
        if (full == 0)
        {
            return null;
        }

        var queuedShare = random.Between(0.55, 0.66);
        var abandonShare = random.Between(0.05, 0.16) * (date.DayOfWeek == DayOfWeek.Monday ? 1.2 : 1.0);
        var after20Share = random.Between(0.45, 0.72);
        var directShare = random.Between(0.02, 0.05);

        // Scale and floor each count, then clamp: monotone in shareOfDay, so today only ever grows.
        var total = Floor(full, shareOfDay);
        var queued = Math.Min(Floor(full * queuedShare, shareOfDay), total);
        var abandoned = Math.Min(Floor(full * queuedShare * abandonShare, shareOfDay), queued);
        var after20 = Math.Min(Floor(full * queuedShare * abandonShare * after20Share, shareOfDay), abandoned);
        var handled = Math.Min(Floor(full * ((queuedShare * (1 - abandonShare)) + directShare), shareOfDay), total - abandoned);
        if (total == 0)
        {
            return null;
        }

        var wait = Math.Round(profile.WaitSeconds * (abandonShare / 0.1) * random.Between(0.8, 1.2), 2);
        var handle = Math.Round(profile.HandleSeconds * random.Between(0.9, 1.1), 2);
        return handled == 0
            ? new DailyStats(date, total, queued, after20, abandoned, 0, null, null)
            : new DailyStats(date, total, queued, after20, abandoned, handled, wait, handle);
    }

    /// <summary>Share of a day's calls that have arrived by <paramref name="time"/>: none before 08:00, all by 20:00.</summary>
    public static double ShareOfDay(TimeOnly time)
    {
        var x = Math.Clamp((time.ToTimeSpan().TotalHours - 8) / 12, 0, 1);
        return x * x * (3 - (2 * x));
    }

    private static bool IsHoliday(DateOnly date) =>
        (date.Month, date.Day) is (1, 1) or (5, 1) or (12, 25);

    private static int Floor(double value, double share) => (int)Math.Floor((value * share) + 1e-9);

    private sealed record TenantProfile(int WeekdayCalls, double Saturday, double Sunday, double WaitSeconds, double HandleSeconds);
}
