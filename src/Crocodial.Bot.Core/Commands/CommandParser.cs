using System.Buffers;
using Crocodial.Bot.Core.Commands.Text;

namespace Crocodial.Bot.Core.Commands;

/// <summary>
/// Reads a chat command (commands.md, DECISIONS §4). Never throws on user input: anything not understood
/// becomes <see cref="CommandIntent.Help"/>, with a did-you-mean <see cref="Command.Suggestion"/> for a near miss.
/// </summary>
public static class CommandParser
{
    /// <summary>Longer text is cut: no command needs it, and the parse stays linear and bounded.</summary>
    private const int MaxLength = 2000;

    private static readonly Command Empty = new() { Intent = CommandIntent.Help };

    /// <param name="text">The command, mention already stripped or not (mentions are ignored).</param>
    /// <param name="today">Today in the call centre's zone (DECISIONS §2).</param>
    /// <param name="weekStart">Where weeks begin for "this week", "last week" (rule D4).</param>
    public static Command Parse(string? text, DateOnly today, DayOfWeek weekStart) =>
        Parse(text, today, weekStart, suggest: true);

    internal static Command Parse(string? text, DateOnly today, DayOfWeek weekStart, bool suggest)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        // Years are clamped to what the date rules can name; a far-off "today" only makes every date future.
        if (today.Year is < 1901 or > 9000)
        {
            today = new DateOnly(Math.Clamp(today.Year, 1901, 9000), today.Month, Math.Min(today.Day, 28));
        }

        var tokens = ArrayPool<Tok>.Shared.Rent(Tokenizer.MaxTokens);
        var reading = new CommandReading(text, today, weekStart, tokens);
        try
        {
            return reading.Read(suggest);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException
                                      or OverflowException)
        {
            // Defence in depth: a parser bug must answer with help, never fail the user's request.
            return Empty;
        }
        finally
        {
            // Clear only what was written: the strings tokens hold must not outlive the parse in the pool.
            Array.Clear(tokens, 0, reading.TokenCount);
            ArrayPool<Tok>.Shared.Return(tokens);
        }
    }
}
