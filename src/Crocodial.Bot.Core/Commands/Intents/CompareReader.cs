using Crocodial.Bot.Core.Commands.Dates;
using Crocodial.Bot.Core.Commands.Text;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;

namespace Crocodial.Bot.Core.Commands.Intents;

/// <summary>
/// "compare A with B", "A vs B", "A compared to B" (commands.md §6). Without B, or with "the week before",
/// "previous period", B is <see cref="PreviousPeriod"/> of A; "same period last year" shifts A.
/// </summary>
internal sealed class CompareReader(Tok[] t, int n, DateOnly today, DayOfWeek weekStart, string lower)
{
    public Command Read(Metric? metric, ReportViewKind view)
    {
        var split = Split();
        var reader = new DateReader(t, n, today, weekStart);
        var itemsA = new List<DateItem>();
        var (from, to) = reader.ReadAll(0, split < 0 ? n : split, itemsA);
        if (itemsA.Count == 0 && split >= 0)
        {
            // "compare AAA and BBB last week": the split word joined something else; the one period is A.
            (from, to) = reader.ReadAll(split + 1, n, itemsA);
            split = -1;
        }

        var a = DateOutcome.Of(itemsA, today);
        DateOutcome b;
        if (split >= 0 && TokenSearch.Find(t, n, "same", split) < 0)
        {
            var itemsB = new List<DateItem>();
            reader.ReadAll(split + 1, n, itemsB);
            b = itemsB.Exists(i => i.Kind != ItemKind.PreviousOfOther) ? DateOutcome.Of(itemsB, today) : Previous(a, split);

            // "compare May with last year": a whole year against part of one means that part, that year.
            if (b.Range is { } year && b.Kind == PeriodKind.Year && year.Days >= 365 && year.Days <= 366
                && a.Range is { } part && a.Kind is not (PeriodKind.Year or PeriodKind.YearToDate)
                && part.From.Year == part.To.Year && part.From.Year != year.From.Year)
            {
                var shift = year.From.Year - part.From.Year;
                b = DateOutcome.Cut(part.From.AddYears(shift), part.To.AddYears(shift), a.Kind, today);
            }

            // "last week to the previous week": B names A again, so the previous one was meant.
            if (b.Range is { } rb && rb == a.Range)
            {
                b = Previous(a, split);
            }
        }
        else
        {
            b = Previous(a, Math.Max(split, 0));
        }

        return new Command
        {
            Intent = CommandIntent.Compare,
            View = view,
            Metric = metric,
            Range = a.Range,
            Reason = a.Reason,
            RangeKind = a.Kind,
            DateText = to > from ? lower[from..to] : null,
            CompareRange = b.Range,
            CompareReason = b.Reason,
        };
    }

    private int Split()
    {
        for (var i = 0; i < n; i++)
        {
            if (t[i].Used && (t[i].Is("vs") || t[i].Is("compared")))
            {
                return i + 1 < n && (t[i + 1].Is("to") || t[i + 1].Is("with")) ? i + 1 : i;
            }
        }

        // "compare between May and June" compares the two; "between" does not make a range here.
        TokenSearch.Mark(t, n, "between");
        for (var i = 1; i < n; i++)
        {
            if (t[i].Is("with") || t[i].Is("against") || t[i].Is("and")
                || (t[i].Is("to") && !(i + 1 < n && t[i + 1].Is("date"))))
            {
                return i;
            }
        }

        return -1;
    }

    private DateOutcome Previous(DateOutcome a, int split)
    {
        if (a.Range is not { } range)
        {
            return a;
        }

        // "same period last year", "same day last week": A moved back by one unit.
        var same = TokenSearch.Find(t, n, "same", split);
        var unit = same >= 0 ? TokenSearch.Find(t, n, "last", same) : -1;
        if (unit >= 0 && unit + 1 < n)
        {
            t[same].Used = t[unit].Used = t[unit + 1].Used = true;
            var shifted = t[unit + 1].Canon switch
            {
                "week" => new DateRange(range.From.AddDays(-7), range.To.AddDays(-7)),
                "month" => new DateRange(range.From.AddMonths(-1), range.To.AddMonths(-1)),
                "quarter" => new DateRange(range.From.AddMonths(-3), range.To.AddMonths(-3)),
                "year" => new DateRange(range.From.AddYears(-1), range.To.AddYears(-1)),
                _ => PreviousPeriod.For(range, a.Kind),
            };
            return new DateOutcome(shifted, null, a.Kind);
        }

        TokenSearch.Mark(t, n, "period");
        TokenSearch.Mark(t, n, "before");
        return new DateOutcome(PreviousPeriod.For(range, a.Kind), null, a.Kind);
    }
}
