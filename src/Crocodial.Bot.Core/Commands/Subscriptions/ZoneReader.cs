using System.Collections.Frozen;
using Crocodial.Bot.Core.Commands.Text;

namespace Crocodial.Bot.Core.Commands.Subscriptions;

/// <summary>A zone written in a command: an IANA id in any case, or a refused abbreviation.</summary>
internal readonly record struct ZoneMention(int Start, int End, string? Id, ScheduleProblem Problem, string? Suggested);

/// <summary>
/// Finds IANA zone ids ("Europe/Madrid", "america/new_york", "UTC") before typo correction, so city names are
/// never "corrected". Abbreviations are refused: CET or EST name no single set of daylight-saving rules.
/// </summary>
internal static class ZoneReader
{
    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>
    {
        ["cet"] = "Europe/Paris", ["cest"] = "Europe/Paris", ["met"] = "Europe/Paris", ["eet"] = "Europe/Helsinki",
        ["eest"] = "Europe/Helsinki", ["wet"] = "Europe/Lisbon", ["west"] = "Europe/Lisbon",
        ["bst"] = "Europe/London", ["ist"] = "Asia/Kolkata", ["est"] = "America/New_York",
        ["edt"] = "America/New_York", ["cst"] = "America/Chicago", ["cdt"] = "America/Chicago",
        ["mst"] = "America/Denver", ["mdt"] = "America/Denver", ["pst"] = "America/Los_Angeles",
        ["pdt"] = "America/Los_Angeles", ["akst"] = "America/Anchorage", ["hst"] = "Pacific/Honolulu",
        ["jst"] = "Asia/Tokyo", ["kst"] = "Asia/Seoul", ["aest"] = "Australia/Sydney",
        ["aedt"] = "Australia/Sydney", ["awst"] = "Australia/Perth", ["nzst"] = "Pacific/Auckland",
        ["msk"] = "Europe/Moscow", ["sgt"] = "Asia/Singapore", ["hkt"] = "Asia/Hong_Kong",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Lazy<FrozenDictionary<string, string>> Ids = new(LoadIds);

    public static ZoneMention? Find(string text, string lower, Tok[] t, int n)
    {
        for (var i = 0; i < n; i++)
        {
            if (t[i].Kind != TokKind.Word || t[i].Used)
            {
                continue;
            }

            var j = i;
            while (j + 2 < n && t[j + 1].Is("/") && !t[j + 1].SpaceBefore && t[j + 2].Kind == TokKind.Word
                   && !t[j + 2].SpaceBefore)
            {
                j += 2;
            }

            var start = t[i].Start;
            var end = t[j].Start + t[j].Length;
            var word = lower.AsSpan(start, end - start);
            if (j > i || word is "utc" or "gmt" or "zulu" || AbbreviationLookup.ContainsKey(word))
            {
                for (var k = i; k <= j; k++)
                {
                    t[k].Used = true;
                    t[k].Lex = LexKind.Filler;
                }

                return Resolve(text.Substring(start, end - start), start, end);
            }
        }

        // "in London": a word after "in" that no vocabulary knows is a zone the user meant, but not an id.
        for (var i = 0; i + 1 < n; i++)
        {
            if (t[i].Is("in") && t[i + 1].Kind == TokKind.Word && t[i + 1].Lex == LexKind.Unknown && !t[i + 1].Used
                && t[i + 1].Length > 3)
            {
                t[i + 1].Used = true;
                var start = t[i + 1].Start;
                var end = start + t[i + 1].Length;
                return new(start, end, null, ScheduleProblem.Invalid, CitySuggestion(lower[start..end]));
            }
        }

        return null;
    }

    private static ZoneMention Resolve(string typed, int start, int end)
    {
        var key = typed.ToLowerInvariant();
        if (Abbreviations.TryGetValue(key, out var suggested))
        {
            return new(start, end, null, ScheduleProblem.Abbreviation, suggested);
        }

        if (key is "utc" or "gmt" or "zulu")
        {
            return new(start, end, "UTC", ScheduleProblem.None, null);
        }

        // Exact and title-cased ids first: listing every system zone reads hundreds of files (seconds, once).
        foreach (var candidate in (ReadOnlySpan<string>)[TitleCase(key), typed])
        {
            if (candidate.Contains('/', StringComparison.Ordinal) && TimeZoneInfo.TryFindSystemTimeZoneById(candidate, out _))
            {
                return new(start, end, candidate, ScheduleProblem.None, null);
            }
        }

        if (Ids.Value.TryGetValue(key, out var id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
        {
            return new(start, end, id, ScheduleProblem.None, null);
        }

        return new(start, end, null, ScheduleProblem.Invalid, CitySuggestion(key));
    }

    /// <summary>"europe/madird" or "spain/madrid": offer the id whose city part matches, if one does.</summary>
    private static string? CitySuggestion(string key)
    {
        var slash = key.LastIndexOf('/');
        var city = slash >= 0 ? key[(slash + 1)..] : key;
        foreach (var (lowerId, id) in Ids.Value)
        {
            var idCity = lowerId[(lowerId.LastIndexOf('/') + 1)..];
            if (idCity == city || TypoCorrector.Distance(idCity, city, 2) <= (city.Length > 4 ? 2 : 1))
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>"america/new_york" → "America/New_York": tz file names are case-sensitive on Linux.</summary>
    private static string TitleCase(string key) =>
        string.Create(key.Length, key, static (span, k) =>
        {
            for (var i = 0; i < k.Length; i++)
            {
                var boundary = i == 0 || k[i - 1] is '/' or '_' or '-';
                span[i] = boundary ? char.ToUpperInvariant(k[i]) : k[i];
            }
        });

    private static FrozenDictionary<string, string> LoadIds()
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            if (zone.Id.Contains('/', StringComparison.Ordinal))
            {
                ids.TryAdd(zone.Id.ToLowerInvariant(), zone.Id);
            }

            if (TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana))
            {
                ids.TryAdd(iana.ToLowerInvariant(), iana);
            }
        }

        return ids.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
