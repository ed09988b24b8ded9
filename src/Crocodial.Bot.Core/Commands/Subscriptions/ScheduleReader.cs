using Crocodial.Bot.Core.Commands.Intents;
using Crocodial.Bot.Core.Commands.Text;

namespace Crocodial.Bot.Core.Commands.Subscriptions;

/// <summary>Days, time, zone, content and skip rule of a subscribe command (commands.md §5).</summary>
internal static class ScheduleReader
{
    private static readonly DayOfWeek[] Daily =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
        DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    private static readonly DayOfWeek[] Workdays = Daily[..5];

    public static SubscriptionRequest Read(string lower, Tok[] t, int n, ZoneMention? zone)
    {
        var (time, timeProblem, timeStart, timeEnd) = ClockTimeReader.Read(t, n);
        var table = TokenSearch.Has(t, n, "table") || TokenSearch.Has(t, n, "breakdown");
        var comparison = TokenSearch.Has(t, n, "comparison") || TokenSearch.Has(t, n, "compare")
                         || TokenSearch.Has(t, n, "compared") || TokenSearch.Has(t, n, "vs");
        var skip = TokenSearch.Has(t, n, "skip") || TokenSearch.Has(t, n, "empty")
                   || (TokenSearch.Has(t, n, "unless") && (TokenSearch.Has(t, n, "no") || TokenSearch.Has(t, n, "calls")));
        foreach (var word in (ReadOnlySpan<string>)["table", "breakdown", "comparison", "compare", "compared", "vs",
                     "skip", "empty", "unless", "no", "calls", "summary", "with", "and", "in", "subscribe", "post",
                     "every", "daily", "weekdays", "weekend", "day", "yesterday", "today", "subscription", "at"])
        {
            TokenSearch.Mark(t, n, word);
        }

        return new SubscriptionRequest
        {
            Days = Days(t, n),
            Time = time,
            TimeProblem = timeProblem,
            TimeText = timeProblem == ScheduleProblem.Invalid ? lower[timeStart..timeEnd] : null,
            Zone = zone?.Id,
            ZoneProblem = zone?.Problem ?? ScheduleProblem.None,
            ZoneText = zone is { Problem: not ScheduleProblem.None } z ? lower[z.Start..z.End] : null,
            SuggestedZone = zone?.Suggested,
            Content = (table, comparison) switch
            {
                (true, true) => SubscriptionContent.TableAndComparison,
                (true, false) => SubscriptionContent.Table,
                (false, true) => SubscriptionContent.Comparison,
                _ => SubscriptionContent.Summary,
            },
            SkipEmpty = skip,
        };
    }

    private static DayOfWeek[] Days(Tok[] t, int n)
    {
        var set = 0;
        for (var i = 0; i < n; i++)
        {
            if (t[i].Is("weekdays") || (t[i].Is("every") && i + 1 < n && t[i + 1].Is("weekdays")))
            {
                set |= 0b0111110;
            }
            else if (t[i].Is("weekend"))
            {
                set |= 0b1000001;
            }
            else if (t[i].Lex == LexKind.Weekday)
            {
                t[i].Used = true;
                var from = t[i].Value;
                if (i + 2 < n && (t[i + 1].Is("-") || t[i + 1].Is("to") || t[i + 1].Is("through"))
                    && t[i + 2].Lex == LexKind.Weekday)
                {
                    // "mon-fri", "monday to friday": every day of the span, wrapping over the week end.
                    var to = t[i + 2].Value;
                    for (var d = from; ; d = (d + 1) % 7)
                    {
                        set |= 1 << d;
                        if (d == to)
                        {
                            break;
                        }
                    }

                    t[i + 1].Used = t[i + 2].Used = true;
                    i += 2;
                }
                else
                {
                    set |= 1 << from;
                }
            }
        }

        if (set == 0 || set == 0b1111111)
        {
            return Daily;
        }

        if (set == 0b0111110)
        {
            return Workdays;
        }

        var days = new List<DayOfWeek>(7);
        foreach (var d in Daily)
        {
            if ((set & (1 << (int)d)) != 0)
            {
                days.Add(d);
            }
        }

        return [.. days];
    }
}
