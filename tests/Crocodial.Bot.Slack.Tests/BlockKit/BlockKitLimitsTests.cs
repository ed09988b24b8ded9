using System.Text.Json.Nodes;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Slack.BlockKit;
using static Crocodial.Bot.Slack.Tests.BlockKit.SlackViewSamples;

namespace Crocodial.Bot.Slack.Tests.BlockKit;

/// <summary>Every payload, however long the range or the notes, stays within Slack's documented limits (reference §6).</summary>
public class BlockKitLimitsTests
{
    public static IEnumerable<IChatView> ManyViews()
    {
        var lengths = new[] { 1, 2, 7, 31, 62, 98, 99, 100, 101, 366, 731, 2000 };
        foreach (var days in lengths)
        {
            var range = new DateRange(Today.AddDays(-days + 1), Today);
            foreach (var kind in Enum.GetValues<ReportViewKind>())
            {
                var request = new ReportViewRequest(Generated(range, "TTY", "A&B", "<C>"), kind, Today, Zone) { AskerTimeZone = "Asia/Kolkata" };
                yield return Builder.Build(request);
                yield return Builder.Build(request with { Previous = Generated(new DateRange(range.From.AddDays(-days), range.From.AddDays(-1)), "TTY"), Metric = Metric.ServiceLevel });
            }
        }

        var worked = Builder.Build(Worked(ReportViewKind.Table));
        var manyNotes = Enumerable.Range(1, 60).Select(i => $"Note {i}: " + new string('n', 400) + " <&>").ToList();
        yield return worked with { Notes = manyNotes };
        yield return worked with { Title = new string('T', 400), TenantsLine = string.Join(", ", Enumerable.Range(1, 800).Select(i => $"T{i}&")) };
        yield return worked with { Actions = [.. Enumerable.Range(1, 40).Select(i => new ViewAction(new string('L', 120), "stats " + new string('x', i * 60)))] };
        yield return HelpView.Build(new string('s', 5000));
        yield return ErrorView.Build(new string('p', 9000), new string('u', 9000), new string('e', 9000), new string('r', 3000));
        yield return ExplainView.Build();
        foreach (var count in new[] { 0, 1, 12, 22, 23, 45, 46, 47, 100, 1000 })
        {
            yield return Many(count);
        }

        var huge = new SubscriptionItem(1, new string('h', 5000) + " <&>", [.. Enumerable.Range(1, 30).Select(i => new string('l', 400) + " <&>")],
            [new(new string('L', 120), "unsubscribe 1"), new("Too long", new string('x', 3000))]);
        yield return new SubscriptionsView(new string('T', 400), new string('i', 5000) + " <&>", [.. Enumerable.Repeat(huge, 30)],
            new string('n', 5000) + " <&>", [.. Enumerable.Range(1, 40).Select(i => new ViewAction("Action", "stats " + i))]);
    }

    [Fact]
    public void Render_GeneratedViews_StayWithinEveryLimit()
    {
        var count = 0;
        foreach (var view in ManyViews())
        {
            var message = BlockKitRenderer.Render(view, "stats today");
            AssertWithinLimits(message);
            count++;
        }

        Assert.True(count > 70);
    }

    [Fact]
    public void Render_TableOfAMonth_IsOneNativeTable()
    {
        var view = Builder.Build(new ReportViewRequest(Generated(new DateRange(new(2025, 5, 1), new(2025, 5, 31)), "TTY"), ReportViewKind.Table, Today, Zone));

        var tables = BlockKitRenderer.Render(view).Blocks.Where(b => Type(b) == "table").ToList();

        var table = Assert.Single(tables);
        Assert.Equal(31 + 2, table!["rows"]!.AsArray().Count);
    }

    [Fact]
    public void Render_TableOfAYear_FallsBackToPreformattedText_KeepingTheTotal()
    {
        var view = Builder.Build(new ReportViewRequest(Generated(new DateRange(new(2024, 6, 1), new(2025, 5, 31)), "TTY"), ReportViewKind.Table, Today, Zone));

        var message = BlockKitRenderer.Render(view);

        Assert.DoesNotContain(message.Blocks, b => Type(b) == "table");
        var text = string.Join("\n", message.Blocks.Where(b => Type(b) == "section").Select(b => b!["text"]?["text"]?.GetValue<string>() ?? ""));
        Assert.Contains("```", text, StringComparison.Ordinal);
        Assert.Contains(view.Table!.Total.Cells[1], text, StringComparison.Ordinal);
        Assert.Contains("Sat 31 May", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TableAsText_ForAResend_HasNoTableBlockButTheSameRows()
    {
        var view = Builder.Build(Worked(ReportViewKind.Table));

        var message = BlockKitRenderer.Render(view, "table 2025-06-06 to 2025-06-09 for TTY", tableAsText: true);

        Assert.DoesNotContain(message.Blocks, b => Type(b) == "table");
        var seen = SlackPayloadText.All(message.Text, message.Blocks);
        Assert.All(ViewStrings.Of(view), s => Assert.Contains(s, seen, StringComparison.Ordinal));
        AssertWithinLimits(message);
    }

    [Fact]
    public void Render_DataWithControlCharacters_IsEscapedInMrkdwn()
    {
        var view = Builder.Build(new ReportViewRequest(Generated(WorkedRange, "A&B", "<!channel>"), ReportViewKind.Summary, Today, Zone));

        var message = BlockKitRenderer.Render(view);

        foreach (var text in Mrkdwn(message.Blocks).Append(message.Text))
        {
            Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal);
            Assert.DoesNotContain("A&B", text, StringComparison.Ordinal);
        }

        Assert.Contains(Mrkdwn(message.Blocks), t => t.Contains("A&amp;B, &lt;!channel&gt;", StringComparison.Ordinal));
    }

    internal static void AssertWithinLimits(BlockKitMessage message)
    {
        Assert.False(string.IsNullOrWhiteSpace(message.Text));
        Assert.True(message.Text.Length <= BlockKitLimits.FallbackText, "fallback text");
        Assert.InRange(message.Blocks.Count, 1, BlockKitLimits.Blocks);
        Assert.True(message.Blocks.Count(b => Type(b) is "table") <= 1, "one table per message");
        foreach (var block in message.Blocks.Select(b => b!.AsObject()))
        {
            switch (Type(block))
            {
                case "header":
                    AssertText(block["text"], BlockKitLimits.HeaderText, "plain_text");
                    break;
                case "section":
                    if (block["fields"] is JsonArray fields)
                    {
                        Assert.InRange(fields.Count, 1, BlockKitLimits.Fields);
                        Assert.All(fields, f => AssertText(f, BlockKitLimits.FieldText, "mrkdwn"));
                    }
                    else
                    {
                        AssertText(block["text"], BlockKitLimits.SectionText, "mrkdwn");
                    }

                    break;
                case "context":
                    var elements = block["elements"]!.AsArray();
                    Assert.InRange(elements.Count, 1, BlockKitLimits.ContextElements);
                    Assert.All(elements, e => AssertText(e, BlockKitLimits.ContextText, "mrkdwn"));
                    break;
                case "actions":
                    var buttons = block["elements"]!.AsArray();
                    Assert.InRange(buttons.Count, 1, BlockKitLimits.ActionElements);
                    Assert.Equal(buttons.Count, buttons.Select(b => b!["action_id"]!.GetValue<string>()).Distinct().Count());
                    Assert.All(buttons, b =>
                    {
                        AssertText(b!["text"], BlockKitLimits.ButtonText, "plain_text");
                        Assert.InRange(b["value"]!.GetValue<string>().Length, 1, BlockKitLimits.ButtonValue);
                        Assert.True(b["action_id"]!.GetValue<string>().Length <= BlockKitLimits.ActionId);
                    });
                    break;
                case "table":
                    var rows = block["rows"]!.AsArray();
                    Assert.InRange(rows.Count, 1, BlockKitLimits.TableRows);
                    Assert.True(block["column_settings"]!.AsArray().Count <= BlockKitLimits.TableColumns);
                    var cells = rows.SelectMany(r => r!.AsArray()).ToList();
                    Assert.All(rows, r => Assert.InRange(r!.AsArray().Count, 1, BlockKitLimits.TableColumns));
                    Assert.All(cells, c => Assert.False(string.IsNullOrEmpty(c!["text"]!.GetValue<string>())));
                    Assert.True(cells.Sum(c => c!["text"]!.GetValue<string>().Length) <= BlockKitLimits.TableCellChars);
                    break;
                case "divider":
                    Assert.Equal(["type"], block.Select(p => p.Key));
                    break;
                default:
                    Assert.Fail($"unexpected block type {Type(block)}");
                    break;
            }
        }
    }

    private static void AssertText(JsonNode? text, int max, string type)
    {
        Assert.NotNull(text);
        Assert.Equal(type, text["type"]!.GetValue<string>());
        var value = text["text"]!.GetValue<string>();
        Assert.InRange(value.Length, 1, max);
        if (type == "mrkdwn")
        {
            // Only our own formatting may use < >; everything from data is escaped.
            Assert.DoesNotContain('<', value);
            Assert.DoesNotContain('>', value);
        }
    }

    private static IEnumerable<string> Mrkdwn(JsonArray blocks) =>
        blocks.SelectMany(b => b!.AsObject().Select(p => p.Value)).SelectMany(Texts);

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "mrkdwn" => [o["text"]!.GetValue<string>()],
        JsonObject o => o.SelectMany(p => Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };

    private static string? Type(JsonNode? block) => block?["type"]?.GetValue<string>();
}
