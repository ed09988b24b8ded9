namespace Crocodial.Bot.Core.Reports;

/// <summary>Σ(value × weight) ÷ Σweight over the entries that have a value and a positive weight.</summary>
public struct WeightedMean
{
    private double _sum;
    private long _weight;

    public void Add(double? value, long weight)
    {
        if (value is { } v && weight > 0 && double.IsFinite(v))
        {
            _sum += v * weight;
            _weight += weight;
        }
    }

    public readonly double? Value => _weight > 0 ? _sum / _weight : null;
}
