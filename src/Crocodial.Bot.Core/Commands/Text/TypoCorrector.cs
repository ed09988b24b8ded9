namespace Crocodial.Bot.Core.Commands.Text;

/// <summary>
/// Reads a misspelt word as the vocabulary word meant (rule D9.6): optimal string alignment distance, one edit
/// for words of four letters or fewer, two for longer ones. Only words of three letters or more are corrected,
/// and the first letter must match unless the word is long: short random words otherwise snap to vocabulary.
/// </summary>
internal static class TypoCorrector
{
    public static string? Correct(ReadOnlySpan<char> word) => Nearest(word, strict: true);

    /// <summary>A looser match for did-you-mean suggestions: one more edit allowed.</summary>
    public static string? Suggest(ReadOnlySpan<char> word) => Nearest(word, strict: false);

    private static string? Nearest(ReadOnlySpan<char> word, bool strict)
    {
        // Suggestions skip short words: "TTY" is far likelier a tenant code than a mangled "today".
        if (word.Length < (strict ? 3 : 4) || word.Length > 20)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var target in Lexicon.FuzzyTargets)
        {
            // The typed word's length sets the tolerance: "mart" (4 letters) may not become "march" (2 edits).
            var max = (word.Length <= 4 ? 1 : 2) + (strict ? 0 : 1);
            if (Math.Abs(target.Length - word.Length) > max || (target[0] != word[0] && (!strict || word.Length < 6)))
            {
                continue;
            }

            var distance = Distance(word, target, max);
            if (distance <= max && distance < bestDistance)
            {
                best = target;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance, giving up (returning max + 1) once it must exceed max.</summary>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (a.Length > 32 || b.Length > 32)
        {
            return max + 1;
        }

        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return prev[b.Length];
    }
}
