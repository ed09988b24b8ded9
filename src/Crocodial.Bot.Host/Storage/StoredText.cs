using System.Globalization;

namespace Crocodial.Bot.Host.Storage;

/// <summary>
/// The text forms both databases store for lists and times: readable in a SQL console
/// (<c>TTY,AAA</c>, <c>mon,tue</c>, <c>07:30</c>), and the same on SQLite and PostgreSQL.
/// </summary>
internal static class StoredText
{
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static string Tenants(IEnumerable<string> tenants) => string.Join(',', tenants);

    public static IReadOnlyList<string> ParseTenants(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Days(IEnumerable<DayOfWeek> days) => string.Join(',', days.Select(d => DayNames[(int)d]));

    public static IReadOnlyList<DayOfWeek> ParseDays(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => (DayOfWeek)Array.IndexOf(DayNames, d))];

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static TimeOnly ParseTime(string text) => TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);
}
