using System.Collections.Frozen;

namespace Crocodial.Bot.Core.Commands.Text;

/// <summary>One vocabulary entry: canonical spelling, kind and value (month 1–12, weekday, number).</summary>
internal readonly record struct Lex(LexKind Kind, string Canon, int Value);

/// <summary>
/// The command vocabulary. Exact words (including fillers and ordinary words) are never corrected and are
/// never tenant codes; <see cref="FuzzyTargets"/> are the words a typo may be read as (rule D9.6).
/// </summary>
internal static class Lexicon
{
    private static readonly FrozenDictionary<string, Lex> Entries = Build();

    public static readonly FrozenDictionary<string, Lex>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Full spellings worth correcting to, most specific first (ties go to the earlier one).</summary>
    public static readonly string[] FuzzyTargets =
    [
        "yesterday", "today", "tomorrow", "week", "weeks", "month", "months", "quarter", "year", "years",
        "fortnight", "weekend", "last", "past", "previous", "this", "next", "since", "between", "through",
        "until", "onwards", "before", "days",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "three", "seven", "eight", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety",
        "first", "second", "third", "fourth",
        "compare", "versus", "subscribe", "subscriptions", "subscription", "unsubscribe", "explain",
        "help", "table", "chart", "graph", "trend", "breakdown", "summary", "daily", "weekdays", "every",
        "stats", "statistics", "report", "numbers", "calls", "abandon", "abandoned", "abandons", "service",
        "level", "handle", "handled", "answered", "queued", "inbound", "short", "comparison", "definition",
        "define", "computed", "calculated", "empty", "unless", "tenant", "tenants",
    ];

    public static bool TryGet(ReadOnlySpan<char> word, out Lex lex) => Lookup.TryGetValue(word, out lex);

    private static FrozenDictionary<string, Lex> Build()
    {
        var d = new Dictionary<string, Lex>(StringComparer.Ordinal);
        LexiconData.AddMonths(d);
        LexiconData.AddWeekdays(d);
        LexiconData.AddNumbers(d);
        LexiconData.AddWords(d);
        LexiconData.AddFillers(d);
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
