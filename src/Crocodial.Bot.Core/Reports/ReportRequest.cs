namespace Crocodial.Bot.Core.Reports;

/// <summary>
/// A question for report data as a channel asked it: tenants as named (empty = the channel's defaults,
/// or every tenant it may see when <see cref="AllTenants"/>), before the access check.
/// </summary>
public sealed record ReportRequest(string ChannelKey, IReadOnlyList<string> Tenants, bool AllTenants, DateRange Range);
