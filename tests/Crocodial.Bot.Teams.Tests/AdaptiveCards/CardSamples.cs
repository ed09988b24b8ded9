using System.Text.Json.Nodes;
using Crocodial.Bot.Core;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Teams.AdaptiveCards;

namespace Crocodial.Bot.Teams.Tests.AdaptiveCards;

/// <summary>One card of every kind the bot sends, from fixed data (asked on Wed 11 Jun 2025, Madrid time).</summary>
internal static class CardSamples
{
    public static readonly DateOnly Today = new(2025, 6, 11);
    private static readonly ReportViewBuilder Builder = new(new BotOptions());

    public static ReportData Current() => new(
        new ReportQuery(["TTY"], new DateRange(new(2025, 6, 6), new(2025, 6, 9))),
        [
            new(new DateOnly(2025, 6, 6), 700, 460, 40, 66, 380, 92.5, 470),
            new(new DateOnly(2025, 6, 7), 320, 200, 10, 20, 175, 41, 455),
            new(new DateOnly(2025, 6, 9), 810, 520, 51, 80, 430, 110.2, 490),
        ]);

    public static ReportData Previous() => new(
        new ReportQuery(["TTY"], new DateRange(new(2025, 6, 2), new(2025, 6, 5))),
        [
            new(new DateOnly(2025, 6, 2), 640, 400, 45, 70, 330, 80.1, 450),
            new(new DateOnly(2025, 6, 3), 610, 380, 30, 50, 330, 60, 440),
            new(new DateOnly(2025, 6, 5), 70, 40, 2, 4, 36, 20, 400),
        ]);

    private static ReportViewRequest Request(ReportViewKind kind) =>
        new(Current(), kind, Today, "Europe/Madrid") { AskerTimeZone = "America/New_York" };

    public static IReadOnlyDictionary<string, JsonObject> All()
    {
        var cards = Reports();
        foreach (var (name, view) in SubscriptionSamples.All())
        {
            cards.Add(name, AdaptiveCardRenderer.Render(view));
        }

        return cards;
    }

    private static Dictionary<string, JsonObject> Reports() => new()
    {
        ["report-summary"] = AdaptiveCardRenderer.Render(Builder.Build(Request(ReportViewKind.Summary) with { Metric = Metric.AbandonRate })),
        ["report-compare"] = AdaptiveCardRenderer.Render(Builder.Build(Request(ReportViewKind.Summary) with { Previous = Previous() })),
        ["report-table"] = AdaptiveCardRenderer.Render(Builder.Build(Request(ReportViewKind.Table))),
        ["report-chart"] = AdaptiveCardRenderer.Render(Builder.Build(Request(ReportViewKind.Chart))),
        ["report-empty"] = AdaptiveCardRenderer.Render(Builder.Build(
            new ReportViewRequest(new ReportData(new ReportQuery(["AAA"], DateRange.Day(Today)), []), ReportViewKind.Summary, Today, "UTC")
            {
                DefaultApplied = "No dates given: showing today so far",
            })),
        ["help"] = AdaptiveCardRenderer.Render(HelpView.Build("stats yesterday")),
        ["error"] = AdaptiveCardRenderer.Render(ErrorView.Build("I couldn't read “32 May” as a date that exists.",
            understood: "inbound summary for TTY", example: "stats May 20 to 30", retryCommand: "stats yesterday for TTY")),
        ["explain"] = AdaptiveCardRenderer.Render(ExplainView.Build(Metric.AbandonRate)),
        ["welcome-personal"] = SystemCards.Welcome(personal: true, "Crocodial"),
        ["welcome-channel"] = SystemCards.Welcome(personal: false, "Crocodial"),
        ["working"] = SystemCards.Working("Fetching inbound summary for TTY, Mon 2 – Sun 8 Jun…"),
    };
}
