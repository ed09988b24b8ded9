namespace Crocodial.Bot.Core.Reports;

/// <summary>
/// What to ask the report API for. An empty tenant list means "every tenant the credentials see"
/// (no <c>tenant[]</c> is sent). Tenant codes are upper case.
/// </summary>
public sealed record ReportQuery(IReadOnlyList<string> Tenants, DateRange Range)
{
    public bool Equals(ReportQuery? other) =>
        other is not null && Range == other.Range && Tenants.SequenceEqual(other.Tenants);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Range);
        foreach (var tenant in Tenants)
        {
            hash.Add(tenant);
        }

        return hash.ToHashCode();
    }
}
