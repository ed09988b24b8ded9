namespace Crocodial.Bot.Core.Commands.Text;

/// <summary>
/// Gives each word token its vocabulary reading: exact words, q2/h1/w21 forms, number words ("twenty one"),
/// "a week ago", and "may" the verb ("may I see…") versus "may" the month (rule D9.5).
/// </summary>
internal static class Lexer
{
    public const string QuarterCode = "q#";
    public const string HalfCode = "h#";
    public const string WeekCode = "w#";
    public const string MayVerb = "may?";

    public static void Classify(string s, Tok[] t, int n)
    {
        for (var i = 0; i < n; i++)
        {
            if (t[i].Kind == TokKind.Word)
            {
                ClassifyWord(s.AsSpan(t[i].Start, t[i].Length), ref t[i]);
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (t[i].Lex == LexKind.Month && t[i].Value == 5 && IsMayVerb(t, n, i))
            {
                t[i].Lex = LexKind.Word;
                t[i].Canon = MayVerb;
            }
            else if (t[i].Lex == LexKind.Number && t[i].Value is >= 20 and <= 90)
            {
                ComposeTens(t, n, i);
            }
            else if (t[i].Is("a") && IsCountedUnit(t, n, i))
            {
                ToNumber(ref t[i], 1);
            }
        }
    }

    private static void ClassifyWord(ReadOnlySpan<char> w, ref Tok tok)
    {
        if (Lexicon.TryGet(w, out var lex))
        {
            tok.Lex = lex.Kind;
            tok.Canon = lex.Canon;
            tok.Value = lex.Value;
            if (lex.Kind == LexKind.Number)
            {
                ToNumber(ref tok, lex.Value);
            }
            else if (lex.Kind == LexKind.Ordinal)
            {
                tok.Kind = TokKind.Ordinal;
            }

            return;
        }

        var digits = 0;
        while (digits < w.Length && char.IsAsciiDigit(w[w.Length - 1 - digits]))
        {
            digits++;
        }

        var letters = w[..^digits];
        if (digits is 0 or > 2)
        {
            return;
        }

        var value = digits == 1 ? w[^1] - '0' : ((w[^2] - '0') * 10) + (w[^1] - '0');
        var code = letters switch
        {
            "q" or "qtr" or "quarter" => QuarterCode,
            "h" or "half" => HalfCode,
            "w" or "wk" or "week" or "cw" or "kw" => WeekCode,
            _ => null,
        };
        if (code is not null)
        {
            tok.Lex = LexKind.Word;
            tok.Canon = code;
            tok.Value = value;
        }
    }

    internal static void ToNumber(ref Tok tok, int value)
    {
        tok.Kind = TokKind.Number;
        tok.Lex = LexKind.Number;
        tok.Canon = "<number>";
        tok.Parts = 1;
        tok.Value = value;
        tok.D1 = 0;
    }

    private static void ComposeTens(Tok[] t, int n, int i)
    {
        var j = i + 1 < n && t[i + 1].Is("-") ? i + 2 : i + 1;
        if (j >= n || t[j].Value is < 1 or > 9 || t[j].Lex is not (LexKind.Number or LexKind.Ordinal))
        {
            return;
        }

        t[i].Value += t[j].Value;
        if (t[j].Lex == LexKind.Ordinal)
        {
            t[i].Kind = TokKind.Ordinal;
            t[i].Lex = LexKind.Ordinal;
        }

        for (var k = i + 1; k <= j; k++)
        {
            t[k].Lex = LexKind.Filler;
            t[k].Kind = TokKind.Word;
            t[k].Canon = null;
            t[k].Used = true;
        }
    }

    private static bool IsCountedUnit(Tok[] t, int n, int i)
    {
        if (i + 1 >= n || !(t[i + 1].Is("day") || t[i + 1].Is("week") || t[i + 1].Is("month")
            || t[i + 1].Is("year") || t[i + 1].Is("fortnight") || t[i + 1].Is("quarter")))
        {
            return false;
        }

        return (i + 2 < n && t[i + 2].Is("ago")) || (i > 0 && (t[i - 1].Is("last") || t[i - 1].Is("next")));
    }

    /// <summary>"may" is the month only where a date fits; next to a pronoun or a verb form it is the verb.</summary>
    private static bool IsMayVerb(Tok[] t, int n, int i)
    {
        var next = i + 1 < n ? t[i + 1] : default;
        var prev = i > 0 ? t[i - 1] : default;
        if (next.Kind is TokKind.Number or TokKind.Ordinal || prev.Kind is TokKind.Number or TokKind.Ordinal)
        {
            return false;
        }

        return next.Is("i") || next.Is("we") || next.Is("you") || next.Is("they") || next.Is("he")
            || next.Is("she") || next.Is("be") || next.Is("have") || next.Is("need") || next.Is("want")
            || next.Is("see") || next.Is("get") || next.Is("ask") || next.Is("not")
            || prev.Is("i") || prev.Is("we") || prev.Is("you") || prev.Is("they") || prev.Is("it")
            || prev.Is("that");
    }
}
