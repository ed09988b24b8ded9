namespace Crocodial.Bot.Core.Reports;

public enum ChangeDirection
{
    /// <summary>No comparable previous value (missing, or zero for a count or duration).</summary>
    Unknown,
    Flat,
    Up,
    Down,
}

/// <summary>Whether a change is good news for the KPI: renderers colour it, they never decide it.</summary>
public enum ChangeSentiment
{
    Neutral,
    Good,
    Bad,
}

/// <summary>
/// How a KPI moved from the previous period. <see cref="Relative"/> is a fraction of the previous value
/// (null for rates, whose change is told in percentage points, and when the previous value is zero);
/// <see cref="Absolute"/> is in the KPI's unit (count, fraction, seconds).
/// </summary>
public sealed record KpiChange(ChangeDirection Direction, ChangeSentiment Sentiment, double? Relative, double? Absolute)
{
    public static KpiChange Unavailable { get; } = new(ChangeDirection.Unknown, ChangeSentiment.Neutral, null, null);

    public static KpiChange Between(double? previous, double? current, KpiUnit unit, KpiPolarity polarity)
    {
        if (previous is not { } p || current is not { } c || !double.IsFinite(p) || !double.IsFinite(c))
        {
            return Unavailable;
        }

        if (unit != KpiUnit.Rate && p == 0)
        {
            return Unavailable;
        }

        // Compare at the precision shown, so "0.0 pp" or "+0:00" is reported as no change.
        var delta = unit switch
        {
            KpiUnit.Rate => Math.Round(c * 1000, MidpointRounding.AwayFromZero) / 1000 - Math.Round(p * 1000, MidpointRounding.AwayFromZero) / 1000,
            KpiUnit.Duration => Math.Round(c, MidpointRounding.AwayFromZero) - Math.Round(p, MidpointRounding.AwayFromZero),
            _ => c - p,
        };
        var direction = Math.Abs(delta) < 1e-9 ? ChangeDirection.Flat : delta > 0 ? ChangeDirection.Up : ChangeDirection.Down;
        if (direction == ChangeDirection.Flat)
        {
            return new KpiChange(ChangeDirection.Flat, ChangeSentiment.Neutral, 0, 0);
        }

        var sentiment = polarity switch
        {
            KpiPolarity.HigherIsBetter => direction == ChangeDirection.Up ? ChangeSentiment.Good : ChangeSentiment.Bad,
            KpiPolarity.LowerIsBetter => direction == ChangeDirection.Down ? ChangeSentiment.Good : ChangeSentiment.Bad,
            _ => ChangeSentiment.Neutral,
        };
        double? relative = unit == KpiUnit.Rate ? null : (c - p) / Math.Abs(p);
        return new KpiChange(direction, sentiment, relative, delta);
    }
}
