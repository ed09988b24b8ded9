using Crocodial.Bot.Core.Commands.Text;
using Crocodial.Bot.Core.Reports;

namespace Crocodial.Bot.Core.Commands.Intents;

/// <summary>The measure named in a command (commands.md §4); generic words ("stats", "calls") name none.</summary>
internal static class MetricReader
{
    public static Metric? Read(Tok[] t, int n)
    {
        for (var i = 0; i < n; i++)
        {
            var next = i + 1 < n ? t[i + 1] : default;
            var (metric, length) = t[i].Canon switch
            {
                "short" when next.Is("abandon") => (Metric.ShortAbandons, 2),
                "abandon" when next.Is("rate") || next.Is("%") => (Metric.AbandonRate, 2),
                "%" when next.Is("abandon") => (Metric.AbandonRate, 2),
                "%" when next.Is("answered") || next.Is("answer") => (Metric.AnswerRate, 2),
                "abandon" => (Metric.Abandoned, 1),
                "answer" or "answered" when next.Is("rate") || next.Is("%") => (Metric.AnswerRate, 2),
                "service" when next.Is("level") => (Metric.ServiceLevel, 2),
                "sl" => (Metric.ServiceLevel, 1),
                "aht" => (Metric.Aht, 1),
                "handle" or "talk" when next.Is("time") => (Metric.Aht, 2),
                "handle" => (Metric.Aht, 1),
                "average" when next.Is("handle") || next.Is("talk") => (Metric.Aht, 1),
                "asa" => (Metric.AvgWait, 1),
                "wait" or "hold" => (Metric.AvgWait, next.Is("time") ? 2 : 1),
                "speed" when next.Is("answer") => (Metric.AvgWait, 2),
                "queued" when next.Is("time") => (Metric.AvgWait, 2),
                "average" when next.Is("wait") || next.Is("hold") => (Metric.AvgWait, 1),
                "handled" or "answered" => (Metric.Handled, 1),
                "queued" => (Metric.Queued, 1),
                "inbound" => (Metric.InboundCalls, 1),
                _ => ((Metric?)null, 0),
            };
            if (metric is { } found && length > 0)
            {
                if (found == Metric.AvgWait && t[i].Is("average"))
                {
                    continue;
                }

                for (var k = i; k < i + length; k++)
                {
                    t[k].Used = true;
                }

                MarkRest(t, n);
                return found;
            }
        }

        return null;
    }

    /// <summary>Metric words after the first one ("abandon rate and aht") are understood, not unknown.</summary>
    private static void MarkRest(Tok[] t, int n)
    {
        for (var i = 0; i < n; i++)
        {
            if (t[i].Canon is "abandon" or "rate" or "service" or "level" or "sl" or "aht" or "handle" or "time"
                or "asa" or "wait" or "hold" or "speed" or "answer" or "answered" or "handled" or "queued"
                or "inbound" or "short" or "average" or "talk")
            {
                t[i].Used = true;
            }
        }
    }
}
