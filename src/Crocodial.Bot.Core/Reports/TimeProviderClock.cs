using Microsoft.Extensions.Internal;

namespace Crocodial.Bot.Core.Reports;

/// <summary>Lets the report cache expire on the same clock as everything else (and on fake time in tests).</summary>
public sealed class TimeProviderClock(TimeProvider time) : ISystemClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}
