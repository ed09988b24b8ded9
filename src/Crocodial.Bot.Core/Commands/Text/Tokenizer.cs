namespace Crocodial.Bot.Core.Commands.Text;

/// <summary>
/// A hand-written, single-pass tokenizer over the lower-cased text: no regex, so no backtracking, and linear
/// in the input. Emoji and other symbols separate words; @mentions are dropped; "'s" is dropped.
/// </summary>
internal static class Tokenizer
{
    public const int MaxTokens = 256;
    private const int MaxValue = 1_000_000_000;

    public static int Tokenize(string s, Tok[] toks)
    {
        var n = 0;
        var i = 0;
        var space = true;
        while (i < s.Length && n < toks.Length)
        {
            var c = s[i];
            if (c == '@')
            {
                i++;
                while (i < s.Length && (IsWordChar(s[i]) || char.IsAsciiDigit(s[i]) || s[i] == '.' || s[i] == '-'))
                {
                    i++;
                }

                space = true;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                i = ReadNumber(s, i, ref toks[n], space);
                n++;
                space = false;
                continue;
            }

            if (IsWordChar(c))
            {
                i = ReadWord(s, i, ref toks[n], space);
                n++;
                if (n < toks.Length && GluedAt(s.AsSpan(toks[n - 1].Start, toks[n - 1].Length)) is var cut and > 0)
                {
                    // "lastweek", "thismonth": two vocabulary words typed without the space.
                    toks[n] = toks[n - 1] with { Start = toks[n - 1].Start + cut, Length = toks[n - 1].Length - cut, SpaceBefore = false };
                    toks[n - 1].Length = cut;
                    n++;
                }

                space = false;
                continue;
            }

            var punct = PunctOf(s, i, out var len);
            if (punct is not null)
            {
                toks[n++] = new Tok { Kind = TokKind.Punct, Canon = punct, Start = i, Length = len, SpaceBefore = space };
                i += len;
                space = false;
                continue;
            }

            // Whitespace, emoji, control characters and other symbols all just separate tokens.
            i += char.IsHighSurrogate(c) && i + 1 < s.Length ? 2 : 1;
            space = true;
        }

        return n;
    }

    internal static bool IsWordChar(char c) => char.IsLetter(c) || c == '_';

    private static int GluedAt(ReadOnlySpan<char> word)
    {
        if (word.Length < 7 || Lexicon.TryGet(word, out _))
        {
            return 0;
        }

        foreach (var head in (ReadOnlySpan<string>)["last", "this", "next", "past", "previous"])
        {
            if (word.StartsWith(head, StringComparison.Ordinal) && Lexicon.TryGet(word[head.Length..], out var tail)
                && tail.Canon is "week" or "month" or "year" or "quarter" or "fortnight" or "weekend" or "day" or "half")
            {
                return head.Length;
            }
        }

        return 0;
    }

    private static string? PunctOf(string s, int i, out int len)
    {
        len = 1;
        switch (s[i])
        {
            case '-' or '–' or '—':
                return "-";
            case '/':
                return "/";
            case ':':
                return ":";
            case ',' or ';':
                return ",";
            case '&' or '+':
                return "&";
            case '?':
                return "?";
            case '#':
                return "#";
            case '%':
                return "%";
            case '.':
                while (i + len < s.Length && s[i + len] == '.')
                {
                    len++;
                }

                return len > 1 ? ".." : ".";
            default:
                return null;
        }
    }

    private static int ReadWord(string s, int i, ref Tok tok, bool space)
    {
        var start = i;
        while (i < s.Length && IsWordChar(s[i]))
        {
            i++;
        }

        // "last7days" splits after a vocabulary word; "q2", "w21", "T42" stay whole.
        var split = i - start >= 3 && i < s.Length && char.IsAsciiDigit(s[i]) && Lexicon.TryGet(s.AsSpan(start, i - start), out _);
        while (!split && i < s.Length && (IsWordChar(s[i]) || char.IsAsciiDigit(s[i])))
        {
            i++;
        }

        tok = new Tok { Kind = TokKind.Word, Start = start, Length = i - start, SpaceBefore = space };
        return SkipApostrophe(s, i);
    }

    private static int SkipApostrophe(string s, int i)
    {
        if (i < s.Length && (s[i] == '\'' || s[i] == '’'))
        {
            var next = i + 1 < s.Length ? s[i + 1] : ' ';
            var after = i + 2 < s.Length ? s[i + 2] : ' ';
            return next == 's' && !IsWordChar(after) ? i + 2 : i + 1;
        }

        return i;
    }

    private static int ReadNumber(string s, int i, ref Tok tok, bool space)
    {
        var start = i;
        tok = new Tok { Kind = TokKind.Number, Start = start, SpaceBefore = space, Parts = 1 };
        i = ReadDigits(s, i, out tok.Value, out tok.D1);
        while (tok.Parts < 3 && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])
               && s[i] is '/' or '.' or '-' or ':' && (tok.Parts == 1 || s[i] == tok.Sep))
        {
            if (tok.Parts == 1)
            {
                tok.Sep = s[i];
                i = ReadDigits(s, i + 1, out tok.V2, out tok.D2);
            }
            else
            {
                i = ReadDigits(s, i + 1, out tok.V3, out tok.D3);
            }

            tok.Parts++;
        }

        if (tok.Parts == 1 && i + 1 < s.Length && IsOrdinalSuffix(s[i], s[i + 1])
            && (i + 2 >= s.Length || !IsWordChar(s[i + 2])))
        {
            tok.Kind = TokKind.Ordinal;
            i += 2;
        }

        tok.Length = i - start;
        return SkipApostrophe(s, i);
    }

    private static bool IsOrdinalSuffix(char a, char b) =>
        (a, b) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');

    private static int ReadDigits(string s, int i, out int value, out byte digits)
    {
        value = 0;
        var count = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            // Saturate instead of overflowing: "99999999999 days" must read as an absurd number, not throw.
            value = value >= MaxValue / 10 ? MaxValue : (value * 10) + (s[i] - '0');
            count++;
            i++;
        }

        digits = (byte)Math.Min(count, 255);
        return i;
    }
}
