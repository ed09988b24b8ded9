namespace Crocodial.Bot.Core.Reports;

internal static class KpiRatio
{
    /// <summary>num ÷ den, or null when den is not positive: an empty period has no rate, not 0 % or NaN.</summary>
    public static double? Of(long numerator, long denominator) =>
        denominator > 0 ? (double)numerator / denominator : null;
}
