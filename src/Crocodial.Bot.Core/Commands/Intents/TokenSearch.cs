using Crocodial.Bot.Core.Commands.Text;

namespace Crocodial.Bot.Core.Commands.Intents;

/// <summary>Small searches over significant tokens.</summary>
internal static class TokenSearch
{
    public static int Find(Tok[] t, int n, string canon, int from = 0)
    {
        for (var i = from; i < n; i++)
        {
            if (t[i].Is(canon))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool Has(Tok[] t, int n, string canon) => Find(t, n, canon) >= 0;

    public static bool Mark(Tok[] t, int n, string canon)
    {
        var found = false;
        for (var i = 0; i < n; i++)
        {
            if (t[i].Is(canon))
            {
                t[i].Used = true;
                found = true;
            }
        }

        return found;
    }

    public static int FirstNumber(Tok[] t, int n, int from = 0)
    {
        for (var i = Math.Max(0, from); i < n; i++)
        {
            if (t[i].IsNumber && t[i].D1 > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a clock time is written: "at 8", "8:30", "7pm", "noon".</summary>
    public static bool HasTime(Tok[] t, int n)
    {
        for (var i = 0; i < n; i++)
        {
            var next = i + 1 < n ? t[i + 1] : default;
            if (t[i].Is("noon") || t[i].Is("midnight")
                || (t[i].Kind == TokKind.Number && t[i].Sep == ':')
                || (t[i].IsNumber && (next.Is("am") || next.Is("pm")))
                || (t[i].Is("at") && next.Kind == TokKind.Number))
            {
                return true;
            }
        }

        return false;
    }
}
