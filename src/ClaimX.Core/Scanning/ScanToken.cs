namespace ClaimX.Core.Scanning;

/// <summary>What a <see cref="ScanToken"/> is made of.</summary>
internal enum ScanTokenKind : byte
{
    /// <summary>Letters, with apostrophes between letters ("didn't", "int'l").</summary>
    Word,

    /// <summary>Digits, with ',' or '.' between digits ("5,000", "3.5").</summary>
    Number,

    /// <summary>Any other single non-space character (punctuation, hyphen, currency sign, '%').</summary>
    Symbol,
}

/// <summary>A token of the figure and date scanners: a half-open span of the article text and its kind.</summary>
internal readonly record struct ScanToken(int Start, int End, ScanTokenKind Kind)
{
    public int Length => End - Start;
}
