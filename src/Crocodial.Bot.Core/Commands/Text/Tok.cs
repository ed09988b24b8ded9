namespace Crocodial.Bot.Core.Commands.Text;

internal enum TokKind : byte
{
    Word,

    /// <summary>One to three numbers joined by one separator without spaces: 2025, 20/05/2025, 8:30, 20-30.</summary>
    Number,

    /// <summary>1st, 20th (and word ordinals after lexing).</summary>
    Ordinal,
    Punct,
}

/// <summary>One token of a command. A mutable struct in a pooled array, so a parse allocates little.</summary>
internal struct Tok
{
    public TokKind Kind;
    public LexKind Lex;
    public bool SpaceBefore;
    public bool Used;
    public bool Tenant;
    public byte Parts;
    public char Sep;
    public byte D1;
    public byte D2;
    public byte D3;
    public int Start;
    public int Length;
    public int Value;
    public int V2;
    public int V3;

    /// <summary>Vocabulary word (canonical spelling); for punctuation the character; null for an unknown word.</summary>
    public string? Canon;

    /// <summary>The word as typed when it was corrected.</summary>
    public string? Typed;

    /// <summary>
    /// Whether the token reads as the canonical word. Canonical spellings are string literals (interned), both in
    /// the lexicon and at every call site, so a reference comparison is exact and keeps the scans cheap.
    /// </summary>
    public readonly bool Is(string canon) => ReferenceEquals(Canon, canon);

    public readonly bool IsNumber => Kind == TokKind.Number && Parts == 1;

    public readonly bool IsWord => Kind == TokKind.Word;
}
