using Crocodial.Bot.Core.Commands.Text;

namespace Crocodial.Bot.Core.Commands.Dates;

/// <summary>
/// Reads date expressions from significant tokens: single points (this file's partials) and the range forms
/// of rule D8 and "since" of rule D7. Items are combined and cut at today by <see cref="DateCombiner"/>.
/// </summary>
internal sealed partial class DateReader(Tok[] t, int n, DateOnly today, DayOfWeek weekStart)
{
    private readonly DateOnly _week = CalendarMath.WeekStart(today, weekStart);

    /// <summary>
    /// Reads every date expression in tokens [from, to) and marks their tokens used. Returns the span of text
    /// they cover (start, end offsets; equal when none), so the answer can restate the dates understood.
    /// </summary>
    public (int Start, int End) ReadAll(int from, int to, List<DateItem> items)
    {
        var (start, end) = (int.MaxValue, 0);
        PinWeekdays(from, to);
        for (var i = from; i < to; i++)
        {
            if (!t[i].Used && TryRead(i, to, out var item, out var next))
            {
                items.Add(item);
                for (var k = i; k < next; k++)
                {
                    t[k].Used = true;
                }

                start = Math.Min(start, t[i].Start);
                end = Math.Max(end, t[next - 1].Start + t[next - 1].Length);
                i = next - 1;
            }
        }

        return start == int.MaxValue ? (0, 0) : (start, end);
    }

    private bool TryRead(int i, int end, out DateItem item, out int next)
    {
        var w = t[i];
        if (w.Is("since"))
        {
            if (TryPoint(i + 1, end, out var a, out next))
            {
                item = Since(a);
                return true;
            }

            return InvalidIfWord(i + 1, end, out item, out next);
        }

        if (w.Is("from") || w.Is("between"))
        {
            if (TryEndpoint(i + 1, end, out var a, out var j))
            {
                if (TryRangeTail(a, j, end, w.Is("between"), out item, out next))
                {
                    return true;
                }

                // "from monday", "from the 20th", "from May 5": a start with no end runs to today (as "since").
                var startOnly = w.Is("from") && (a.Kind == ItemKind.Partial && a.Day > 0 || t[i + 1].Lex == LexKind.Weekday);
                return startOnly ? Take(Since(a), j, out item, out next) : Alone(a, j, out item, out next);
            }

            if (i + 2 < end && t[i + 1].Lex == LexKind.Unknown && IsConnector(i + 2, w.Is("between")))
            {
                // "from banana to apple": a range was meant but cannot be read; never fall back to a fragment.
                item = DateItem.Invalid;
                next = Math.Min(end, i + 4);
                return true;
            }

            item = default;
            next = i;
            return false;
        }

        if (TryEndpoint(i, end, out var start, out var after))
        {
            if (TryRangeTail(start, after, end, false, out item, out next))
            {
                return true;
            }

            return Alone(start, after, out item, out next);
        }

        item = default;
        next = i;
        return false;
    }

    private static bool Alone(DateItem a, int j, out DateItem item, out int next)
    {
        // A bare day number ("20") is only a date as one end of a range with a month ("20 to 30 May").
        item = a;
        next = j;
        return !(a.Kind == ItemKind.Partial && a.Month == 0 && a.Day < 0);
    }

    private bool TryRangeTail(DateItem a, int j, int end, bool between, out DateItem item, out int next)
    {
        item = default;
        next = j;
        if (j < end && (t[j].Is("onwards") || t[j].Is("on")) && a.Day >= 0)
        {
            item = Since(a);
            next = j + 1;
            return true;
        }

        if (j + 1 < end && t[j].Is("to") && (t[j + 1].Is("date") || t[j + 1].Is("now") || t[j + 1].Is("today")))
        {
            item = Since(a);
            next = j + 2;
            return true;
        }

        if (j >= end || !IsConnector(j, between))
        {
            return false;
        }

        if (!TryEndpoint(j + 1, end, out var b, out next))
        {
            if (j + 1 < end && t[j + 1].Lex == LexKind.Unknown)
            {
                item = DateItem.Invalid;
                next = j + 2;
                return true;
            }

            return false;
        }

        item = DateCombiner.Between(Positive(a), Positive(b), today);
        return true;
    }

    private static DateItem Positive(DateItem a) =>
        a.Kind == ItemKind.Partial && a.Day < 0 ? a with { Day = -a.Day } : a;

    private bool IsConnector(int j, bool between) =>
        j < n && (t[j].Is("to") || t[j].Is("-") || t[j].Is("..") || t[j].Is("through")
                  || (between && (t[j].Is("and") || t[j].Is("&"))));

    /// <summary>A point, or a bare day number 1–31 (Day negated) that only counts as one end of a range.</summary>
    private bool TryEndpoint(int i, int end, out DateItem item, out int next)
    {
        if (TryPoint(i, end, out item, out next))
        {
            return true;
        }

        if (i < end && t[i].IsNumber && t[i].D1 <= 2 && t[i].Value is >= 1 and <= 31)
        {
            item = DateItem.Partial(-t[i].Value, 0, 0);
            next = i + 1;
            if (next < end && t[next].IsNumber && t[next].D1 == 4 && CalendarMath.IsYear(t[next].Value))
            {
                item = item with { Year = t[next].Value };
                next++;
            }

            return true;
        }

        return false;
    }

    private DateItem Since(DateItem a)
    {
        var r = DateCombiner.Resolve(Positive(a), today);
        return r.Kind == ItemKind.Resolved ? DateItem.Range(r.Start, today < r.Start ? r.Start : today) : r;
    }

    private bool InvalidIfWord(int i, int end, out DateItem item, out int next)
    {
        item = DateItem.Invalid;
        next = i + 1;
        return i < end && (t[i].Lex == LexKind.Unknown || t[i].Kind == TokKind.Number);
    }
}
