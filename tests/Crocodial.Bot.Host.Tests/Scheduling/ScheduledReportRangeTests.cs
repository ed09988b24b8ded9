using Crocodial.Bot.Core.Commands;
using Crocodial.Bot.Host.Scheduling;
using static Crocodial.Bot.Host.Tests.Scheduling.ScheduleSamples;

namespace Crocodial.Bot.Host.Tests.Scheduling;

public class ScheduledReportRangeTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    [Theory]
    [InlineData(SubscriptionContent.Summary, "2025-06-04", "2025-06-04", null, null)]
    [InlineData(SubscriptionContent.Table, "2025-05-29", "2025-06-04", null, null)]
    [InlineData(SubscriptionContent.Comparison, "2025-06-04", "2025-06-04", "2025-05-28", "2025-05-28")]
    [InlineData(SubscriptionContent.TableAndComparison, "2025-05-29", "2025-06-04", "2025-05-22", "2025-05-28")]
    public void For_EachContent_IsTheLastCompleteDaysAndTheWeekBefore(SubscriptionContent content, string from, string to, string? compareFrom, string? compareTo)
    {
        var range = ScheduledReportRange.For(content, Utc("2025-06-05T08:00+02:00"), Zone("Europe/Madrid"));

        Assert.Equal(new ScheduledReportRange(D(from), D(to), compareFrom is null ? null : D(compareFrom), compareTo is null ? null : D(compareTo)), range);
        Assert.Equal(DayOfWeek.Wednesday, range.To.DayOfWeek);
        if (range.CompareTo is { } compared)
        {
            Assert.Equal(range.To.DayOfWeek, compared.DayOfWeek);
        }
    }

    [Theory]
    // The call centre's zone decides the day, not the subscription's: 07:00 in Sydney is still the evening before in Madrid.
    [InlineData("2025-06-04T21:00Z", "Europe/Madrid", "2025-06-03")]
    [InlineData("2025-06-04T21:00Z", "Australia/Sydney", "2025-06-04")]
    [InlineData("2025-06-04T21:00Z", "Asia/Kolkata", "2025-06-04")]
    [InlineData("2025-06-04T21:00Z", "America/New_York", "2025-06-03")]
    [InlineData("2025-06-04T21:00Z", "UTC", "2025-06-03")]
    [InlineData("2026-01-01T06:00Z", "Europe/Madrid", "2025-12-31")]
    [InlineData("2025-03-30T01:00Z", "Europe/Madrid", "2025-03-29")]
    public void For_Summary_IsTheCallCentresYesterdayAtPostingTime(string postingAt, string callCentreZone, string day)
    {
        var range = ScheduledReportRange.For(SubscriptionContent.Summary, Utc(postingAt), Zone(callCentreZone));

        Assert.Equal((D(day), D(day)), (range.From, range.To));
    }

    [Fact]
    public void For_TableAtNewYear_SpansTheYearEnd()
    {
        var range = ScheduledReportRange.For(SubscriptionContent.Table, Utc("2026-01-02T07:00+01:00"), Zone("Europe/Madrid"));

        Assert.Equal((D("2025-12-26"), D("2026-01-01")), (range.From, range.To));
    }
}
