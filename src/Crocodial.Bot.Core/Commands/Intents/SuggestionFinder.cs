using System.Text;
using Crocodial.Bot.Core.Commands.Text;

namespace Crocodial.Bot.Core.Commands.Intents;

/// <summary>
/// "Did you mean …": the command with each unknown word replaced by a near vocabulary word (one edit more than
/// the typo tolerance), offered only when the result reads as a command.
/// </summary>
internal static class SuggestionFinder
{
    public static string? Find(string lower, Tok[] t, int n, DateOnly today, DayOfWeek weekStart)
    {
        StringBuilder? sb = null;
        var copied = 0;
        for (var i = 0; i < n; i++)
        {
            if (t[i].Kind != TokKind.Word || t[i].Lex != LexKind.Unknown || t[i].Used)
            {
                continue;
            }

            if (TypoCorrector.Suggest(lower.AsSpan(t[i].Start, t[i].Length)) is not { } near)
            {
                continue;
            }

            sb ??= new StringBuilder(lower.Length + 16);
            sb.Append(lower, copied, t[i].Start - copied).Append(near);
            copied = t[i].Start + t[i].Length;
        }

        if (sb is null)
        {
            return null;
        }

        sb.Append(lower, copied, lower.Length - copied);
        var suggestion = sb.ToString().Trim();
        var reread = CommandParser.Parse(suggestion, today, weekStart, suggest: false);
        return reread.Intent == CommandIntent.Help ? null : suggestion;
    }
}
