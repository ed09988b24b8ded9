using Crocodial.Bot.Core.Commands;

namespace Crocodial.Bot.Core.Subscriptions;

/// <summary>A subscription about to be stored: everything but the id the store gives it.</summary>
public sealed record NewSubscription
{
    private static readonly DayOfWeek[] WeekFromMonday =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public required SubscriptionChannel Channel { get; init; }

    public required IReadOnlyList<string> Tenants { get; init; }

    public required IReadOnlyList<DayOfWeek> Days { get; init; }

    public required TimeOnly Time { get; init; }

    public required string Zone { get; init; }

    public SubscriptionContent Content { get; init; }

    public bool SkipEmpty { get; init; }

    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// The subscription a valid subscribe command asks for. <paramref name="defaultZone"/> is the asker's zone,
    /// else the configured one, used when the command named none (commands.md §5). Tenants are the ones the
    /// access check allowed.
    /// </summary>
    public static NewSubscription From(
        SubscriptionRequest request,
        SubscriptionChannel channel,
        IEnumerable<string> tenants,
        string defaultZone,
        string createdBy,
        DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tenants);
        if (!request.IsValid || request.Time is not { } time)
        {
            throw new ArgumentException("Only a subscribe command without time or zone problems can become a subscription.", nameof(request));
        }

        var zone = request.Zone ?? defaultZone;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            throw new ArgumentException($"'{zone}' is not a time zone id.", nameof(defaultZone));
        }

        return new NewSubscription
        {
            Channel = channel,
            Tenants = [.. tenants.Select(t => t.ToUpperInvariant()).Distinct(StringComparer.Ordinal)],
            Days = NormalizeDays(request.Days),
            Time = new TimeOnly(time.Hour, time.Minute),
            Zone = zone,
            Content = request.Content,
            SkipEmpty = request.SkipEmpty,
            CreatedBy = createdBy,
            CreatedAt = createdAt,
        };
    }

    /// <summary>Distinct days, Monday first; none means every day.</summary>
    public static IReadOnlyList<DayOfWeek> NormalizeDays(IEnumerable<DayOfWeek> days)
    {
        var set = days.ToHashSet();
        return set.Count == 0 ? WeekFromMonday : [.. WeekFromMonday.Where(set.Contains)];
    }

    public Subscription WithId(long id) => new()
    {
        Id = id,
        Channel = Channel,
        Tenants = Tenants,
        Days = Days,
        Time = Time,
        Zone = Zone,
        Content = Content,
        SkipEmpty = SkipEmpty,
        CreatedBy = CreatedBy,
        CreatedAt = CreatedAt,
    };
}
