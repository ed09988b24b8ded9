using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Core;

/// <summary>
/// "Today" is the call centre's date in <c>Crocodial:TimeZone</c>, because the report's days are that
/// zone's days — not the server's and not the asker's.
/// </summary>
public sealed class CallCentreClock(TimeProvider time, IOptions<CrocodialOptions> options)
{
    private readonly TimeZoneInfo _zone = FindZone(options.Value.TimeZone);

    public string ZoneId => options.Value.TimeZone;

    public TimeZoneInfo Zone => _zone;

    public DayOfWeek WeekStart => ParseWeekStart(options.Value.WeekStart) ?? DayOfWeek.Monday;

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public static DayOfWeek? ParseWeekStart(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "MONDAY" => DayOfWeek.Monday,
        "SUNDAY" => DayOfWeek.Sunday,
        _ => null,
    };

    private static TimeZoneInfo FindZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
