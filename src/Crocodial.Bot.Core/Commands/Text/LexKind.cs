namespace Crocodial.Bot.Core.Commands.Text;

/// <summary>What a vocabulary word is; the value of month, weekday, number and ordinal words sits in <see cref="Tok.Value"/>.</summary>
internal enum LexKind : byte
{
    Unknown,
    Filler,
    Word,
    Month,
    Weekday,
    Number,
    Ordinal,
}
