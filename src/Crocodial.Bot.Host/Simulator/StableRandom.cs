namespace Crocodial.Bot.Host.Simulator;

/// <summary>
/// SplitMix64 seeded from a fixed FNV-1a hash of (tenant, date): the same day always gets the same
/// numbers, on every machine and run (unlike <c>string.GetHashCode</c> or <c>Random.Shared</c>).
/// </summary>
internal struct StableRandom
{
    private ulong _state;

    public StableRandom(string tenant, DateOnly date)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in tenant)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        var day = (uint)date.DayNumber;
        for (var i = 0; i < 4; i++)
        {
            hash = (hash ^ ((day >> (8 * i)) & 0xFF)) * 1099511628211UL;
        }

        _state = hash;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [min, max).</summary>
    public double Between(double min, double max) => min + ((max - min) * NextDouble());

    private ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
