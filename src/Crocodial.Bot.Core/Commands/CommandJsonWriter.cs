using System.Text.Json;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;

namespace Crocodial.Bot.Core.Commands;

/// <summary>
/// Writes a <see cref="Command"/> as the <c>parse</c> contract's JSON object (DECISIONS §4), fields in this order:
/// <c>from</c>, <c>to</c> (<c>YYYY-MM-DD</c> or both null), <c>tenants</c>, <c>allTenants</c>, <c>intent</c>,
/// <c>view</c> (<c>summary</c>|<c>table</c>|<c>chart</c>|null), <c>metric</c> (snake_case or null), <c>reason</c>
/// (null when a range was found, else <c>none</c>|<c>invalid</c>|<c>future</c>), <c>compareFrom</c>,
/// <c>compareTo</c>, <c>schedule</c>, <c>suggestion</c>; then extra fields <c>compareReason</c>,
/// <c>subscriptionId</c>, <c>allSubscriptions</c>, <c>sendNow</c>, <c>dateText</c>, <c>unknownWords</c>,
/// <c>corrections</c>.
/// <para>
/// <c>schedule</c> is null unless the intent is <c>subscribe</c>, else
/// <c>{"days":["monday",…],"time":"HH:mm"|null,"zone":"Europe/Madrid"|null,
/// "content":"summary"|"table"|"comparison"|"table_and_comparison","skipEmpty":bool,
/// "timeProblem":null|"missing"|"invalid","zoneProblem":null|"invalid"|"abbreviation","suggestedZone":id|null}</c>:
/// days are lowercase weekday names, Monday first (all seven for "daily"); <c>time</c> is null when missing or
/// invalid; <c>zone</c> null means the asking user's zone, else the configured one.
/// </para>
/// </summary>
public static class CommandJsonWriter
{
    public static void WriteFields(Utf8JsonWriter writer, Command command)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(command);
        WriteDate(writer, "from", command.Range?.From);
        WriteDate(writer, "to", command.Range?.To);
        writer.WriteStartArray("tenants");
        foreach (var tenant in command.Tenants)
        {
            writer.WriteStringValue(tenant);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("allTenants", command.AllTenants);
        writer.WriteString("intent", IntentName(command.Intent));
        WriteNullable(writer, "view", command.View is { } view ? ViewName(view) : null);
        WriteNullable(writer, "metric", command.Metric is { } metric ? MetricName(metric) : null);
        WriteNullable(writer, "reason", command.Range is null ? ReasonName(command.Reason ?? RangeReason.None) : null);
        var compare = command.Intent == CommandIntent.Compare;
        WriteDate(writer, "compareFrom", compare ? command.CompareRange?.From : null);
        WriteDate(writer, "compareTo", compare ? command.CompareRange?.To : null);
        WriteSchedule(writer, command.Intent == CommandIntent.Subscribe ? command.Subscription : null);
        WriteNullable(writer, "suggestion", command.Suggestion);
        WriteExtras(writer, command);
    }

    public static string IntentName(CommandIntent intent) => intent switch
    {
        CommandIntent.Report => "report",
        CommandIntent.Compare => "compare",
        CommandIntent.Subscribe => "subscribe",
        CommandIntent.Subscriptions => "subscriptions",
        CommandIntent.Unsubscribe => "unsubscribe",
        CommandIntent.Explain => "explain",
        _ => "help",
    };

    public static string ViewName(ReportViewKind view) => view switch
    {
        ReportViewKind.Table => "table",
        ReportViewKind.Chart => "chart",
        _ => "summary",
    };

    public static string MetricName(Metric metric) => metric switch
    {
        Metric.InboundCalls => "inbound_calls",
        Metric.Queued => "queued",
        Metric.Handled => "handled",
        Metric.Abandoned => "abandoned",
        Metric.AbandonRate => "abandon_rate",
        Metric.ShortAbandons => "short_abandons",
        Metric.AnswerRate => "answer_rate",
        Metric.AvgWait => "avg_wait",
        Metric.Aht => "aht",
        _ => "service_level",
    };

    public static string ReasonName(RangeReason reason) => reason switch
    {
        RangeReason.Invalid => "invalid",
        RangeReason.Future => "future",
        _ => "none",
    };

    private static void WriteSchedule(Utf8JsonWriter writer, SubscriptionRequest? s)
    {
        if (s is null)
        {
            writer.WriteNull("schedule");
            return;
        }

        writer.WriteStartObject("schedule");
        writer.WriteStartArray("days");
        foreach (var day in s.Days)
        {
            writer.WriteStringValue(DayName(day));
        }

        writer.WriteEndArray();
        WriteNullable(writer, "time", s.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        WriteNullable(writer, "zone", s.Zone);
        writer.WriteString("content", s.Content switch
        {
            SubscriptionContent.Table => "table",
            SubscriptionContent.Comparison => "comparison",
            SubscriptionContent.TableAndComparison => "table_and_comparison",
            _ => "summary",
        });
        writer.WriteBoolean("skipEmpty", s.SkipEmpty);
        WriteNullable(writer, "timeProblem", ProblemName(s.TimeProblem));
        WriteNullable(writer, "zoneProblem", ProblemName(s.ZoneProblem));
        WriteNullable(writer, "suggestedZone", s.SuggestedZone);
        writer.WriteEndObject();
    }

    private static void WriteExtras(Utf8JsonWriter writer, Command command)
    {
        if (command.Intent == CommandIntent.Compare)
        {
            WriteNullable(writer, "compareReason", command.CompareRange is null ? ReasonName(command.CompareReason ?? RangeReason.None) : null);
        }

        if (command.Target is { } target)
        {
            if (target.Id is { } id)
            {
                writer.WriteNumber("subscriptionId", id);
            }
            else
            {
                writer.WriteNull("subscriptionId");
            }

            writer.WriteBoolean("allSubscriptions", target.All);
            writer.WriteBoolean("sendNow", target.SendNow);
        }

        WriteNullable(writer, "dateText", command.DateText);
        writer.WriteStartArray("unknownWords");
        foreach (var word in command.UnknownWords)
        {
            writer.WriteStringValue(word);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("corrections");
        foreach (var c in command.Corrections)
        {
            writer.WriteStartObject();
            writer.WriteString("typed", c.Typed);
            writer.WriteString("meant", c.Meant);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string? ProblemName(ScheduleProblem problem) => problem switch
    {
        ScheduleProblem.Missing => "missing",
        ScheduleProblem.Invalid => "invalid",
        ScheduleProblem.Abbreviation => "abbreviation",
        _ => null,
    };

    private static string DayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "monday",
        DayOfWeek.Tuesday => "tuesday",
        DayOfWeek.Wednesday => "wednesday",
        DayOfWeek.Thursday => "thursday",
        DayOfWeek.Friday => "friday",
        DayOfWeek.Saturday => "saturday",
        _ => "sunday",
    };

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            Span<char> buffer = stackalloc char[10];
            d.TryFormat(buffer, out var written, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteString(name, buffer[..written]);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
