using Crocodial.Bot.Core.Commands.Text;

namespace Crocodial.Bot.Core.Commands.Subscriptions;

/// <summary>
/// A posting time (commands.md §5): "at 8", "8:00", "08:00", "8.30", "8am", "7:30 pm", "19:30", "0730",
/// "noon"; 12am is 00:00 and 12pm is 12:00. Returns the problem when no valid time is written.
/// </summary>
internal static class ClockTimeReader
{
    public static (TimeOnly? Time, ScheduleProblem Problem, int Start, int End) Read(Tok[] t, int n)
    {
        for (var i = 0; i < n; i++)
        {
            if (t[i].Is("noon") || t[i].Is("midnight"))
            {
                t[i].Used = true;
                return (t[i].Is("noon") ? new TimeOnly(12, 0) : new TimeOnly(0, 0), ScheduleProblem.None, 0, 0);
            }

            var afterAt = i > 0 && t[i - 1].Is("at");
            var next = i + 1 < n ? t[i + 1] : default;
            var meridiem = next.Is("am") ? 1 : next.Is("pm") ? 2 : 0;
            var k = t[i];
            var isClock = k.Kind == TokKind.Number && k.Parts == 2 && (k.Sep == ':' || (k.Sep == '.' && (afterAt || k.D2 == 2)));
            if (!(isClock || (k.IsNumber && (afterAt || meridiem > 0))))
            {
                continue;
            }

            t[i].Used = true;
            if (i > 0 && afterAt)
            {
                t[i - 1].Used = true;
            }

            if (meridiem > 0)
            {
                t[i + 1].Used = true;
            }

            var end = meridiem > 0 ? next.Start + next.Length : k.Start + k.Length;
            var (hour, minute) = isClock ? (k.Value, k.Parts == 2 ? k.V2 : -1)
                : k.D1 is 3 or 4 ? (k.Value / 100, k.Value % 100) : (k.Value, 0);
            if (isClock && k.D2 != 2)
            {
                minute = -1;
            }

            return Validate(hour, minute, meridiem, k.Start, end);
        }

        return (null, ScheduleProblem.Missing, 0, 0);
    }

    private static (TimeOnly?, ScheduleProblem, int, int) Validate(int hour, int minute, int meridiem, int start, int end)
    {
        if (meridiem > 0)
        {
            if (hour is < 1 or > 12)
            {
                return (null, ScheduleProblem.Invalid, start, end);
            }

            hour = (hour % 12) + (meridiem == 2 ? 12 : 0);
        }

        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59
            ? (new TimeOnly(hour, minute), ScheduleProblem.None, start, end)
            : (null, ScheduleProblem.Invalid, start, end);
    }
}
