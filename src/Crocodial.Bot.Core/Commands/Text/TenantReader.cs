namespace Crocodial.Bot.Core.Commands.Text;

/// <summary>
/// Tenant codes (commands.md §3): only from a slot opened by "for", "tenant" or "tenants", then through a
/// list joined by commas and "and". Vocabulary words (dates, fillers, metrics) are never codes, and a word
/// that could be a code is taken as typed, never corrected.
/// </summary>
internal static class TenantReader
{
    public static void Read(string s, Tok[] t, int n, List<string> tenants, ref bool all)
    {
        for (var i = 0; i < n; i++)
        {
            if ((t[i].Is("all") || t[i].Is("every")) && i + 1 < n && t[i + 1].Is("tenant"))
            {
                // "all tenants", "every tenant" without "for".
                all = true;
                t[i].Used = t[i + 1].Used = true;
                continue;
            }

            if (!(t[i].Is("for") || t[i].Is("tenant")) || t[i].Used)
            {
                continue;
            }

            var j = i + 1;
            while (j < n && (t[j].Is("tenant") || t[j].Is("the") || t[j].Is(":")))
            {
                j++;
            }

            if (j < n && t[j].Is("all"))
            {
                all = true;
                t[j].Used = true;
                MarkSlotWord(t, i, j);
                continue;
            }

            if (j < n && t[j].Is("every") && j + 1 < n && t[j + 1].Is("tenant"))
            {
                all = true;
                t[j].Used = t[j + 1].Used = true;
                MarkSlotWord(t, i, j);
                continue;
            }

            var first = true;
            while (j < n && IsCandidate(s, t, n, j))
            {
                t[j].Tenant = t[j].Used = true;
                Add(tenants, s.AsSpan(t[j].Start, t[j].Length));
                if (first)
                {
                    MarkSlotWord(t, i, j);
                    first = false;
                }

                j++;
                // The list goes on only through a joiner (§3.2): in "for ACME yesterdy" the slot ends at ACME.
                // "for AAA vs BBB" names two tenants; the joiner is consumed so it does not read as a compare.
                var joined = false;
                while (j < n && (t[j].Is(",") || t[j].Is("and") || t[j].Is("&") || t[j].Is("/")
                                 || ((t[j].Is("vs") || t[j].Is("or")) && j + 1 < n && IsCandidate(s, t, n, j + 1))))
                {
                    if (t[j].Is("vs") || t[j].Is("or"))
                    {
                        t[j].Used = true;
                    }

                    joined = true;
                    j++;
                }

                if (!joined)
                {
                    break;
                }
            }
        }
    }

    private static void MarkSlotWord(Tok[] t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            t[k].Used = true;
        }
    }

    private static bool IsCandidate(string s, Tok[] t, int n, int j)
    {
        ref var tok = ref t[j];
        if (tok.Kind != TokKind.Word || tok.Lex != LexKind.Unknown || tok.Length is < 2 or > 10 || tok.Used)
        {
            return false;
        }

        var w = s.AsSpan(tok.Start, tok.Length);
        foreach (var c in w)
        {
            if (!char.IsAsciiLetter(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        if (!char.IsAsciiLetter(w[0]))
        {
            return false;
        }

        // "for lst 7 days": a misspelt "last" before a count or unit is a date, not a code.
        var next = j + 1 < n ? t[j + 1] : default;
        if (next.Is("/") && !next.SpaceBefore && w is "africa" or "america" or "antarctica" or "arctic" or "asia"
                or "atlantic" or "australia" or "europe" or "indian" or "pacific" or "etc")
        {
            // "for AAA in Europe/Madrid": the start of a zone id.
            return false;
        }

        if ((next.Kind == TokKind.Number || next.Is("week") || next.Is("month") || next.Is("year")
             || next.Is("day") || next.Is("quarter") || next.Is("fortnight"))
            && TypoCorrector.Correct(w) is "last" or "past" or "this" or "next")
        {
            return false;
        }

        // D9.6: any other word that could be a code is one here, typo-looking or not ("for yesterdy" is YESTERDY).
        return true;
    }

    private static void Add(List<string> tenants, ReadOnlySpan<char> code)
    {
        foreach (var existing in tenants)
        {
            if (code.Equals(existing, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        tenants.Add(code.ToString().ToUpperInvariant());
    }
}
