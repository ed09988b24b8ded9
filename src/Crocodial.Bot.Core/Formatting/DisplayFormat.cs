using System.Globalization;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Formatting;

/// <summary>
/// The one place numbers become text (DECISIONS §1): counts <c>1,284</c>, rates one decimal <c>14.5 %</c>,
/// durations <c>m:ss</c> (<c>h:mm:ss</c> from one hour), and "n/a" for a value that cannot be computed.
/// </summary>
public sealed partial class DisplayFormat
{
    public const string NotAvailable = "n/a";

    private readonly CultureInfo _culture;

    public DisplayFormat(string cultureName = "en-US")
    {
        _culture = CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(cultureName) ? "en-US" : cultureName);
    }

    public static DisplayFormat Default { get; } = new();

    public string Count(long value) => value.ToString("N0", _culture);

    public string Rate(double? fraction) =>
        fraction is { } f && double.IsFinite(f) ? Percent(f * 100) : NotAvailable;

    public string Duration(double? seconds) =>
        seconds is { } s && double.IsFinite(s) ? Clock(s) : NotAvailable;

    /// <summary>A KPI value written in its unit.</summary>
    public string Value(double? value, KpiUnit unit) => unit switch
    {
        KpiUnit.Rate => Rate(value),
        KpiUnit.Duration => Duration(value),
        _ => value is { } v && double.IsFinite(v) ? Count((long)Math.Round(v, MidpointRounding.AwayFromZero)) : NotAvailable,
    };

    /// <summary>"▲ 12.3 % (+154)", "▼ 1.2 pp", "▲ 10.9 % (+0:07)", "no change" or "n/a".</summary>
    public string Change(KpiChange change, KpiUnit unit)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Direction == ChangeDirection.Unknown || change.Absolute is not { } delta)
        {
            return NotAvailable;
        }

        if (change.Direction == ChangeDirection.Flat)
        {
            return "no change";
        }

        var arrow = change.Direction == ChangeDirection.Up ? "▲" : "▼";
        if (unit == KpiUnit.Rate)
        {
            return $"{arrow} {Decimal(Math.Abs(delta) * 100)} pp";
        }

        var sign = delta > 0 ? "+" : "-";
        var absolute = unit == KpiUnit.Duration
            ? Clock(Math.Abs(delta))
            : Count((long)Math.Round(Math.Abs(delta), MidpointRounding.AwayFromZero));
        var relative = change.Relative is { } r ? Percent(Math.Abs(r) * 100) : NotAvailable;
        return $"{arrow} {relative} ({sign}{absolute})";
    }

    private string Percent(double percent) => $"{Decimal(percent)} %";

    private string Decimal(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.0", _culture);
    }

    private string Clock(double seconds)
    {
        var total = (long)Math.Round(Math.Abs(seconds), MidpointRounding.AwayFromZero);
        var sign = seconds < 0 && total > 0 ? "-" : "";
        var (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
        return h > 0
            ? string.Create(_culture, $"{sign}{h}:{m:00}:{s:00}")
            : string.Create(_culture, $"{sign}{m}:{s:00}");
    }
}
