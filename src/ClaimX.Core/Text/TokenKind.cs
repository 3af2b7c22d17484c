namespace ClaimX.Core.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Ordinal,
    Punctuation,
    QuoteOpen,
    QuoteClose,
    QuoteAmbiguous,
    Apostrophe,
    Dash,
    Ellipsis,
    Url,
    Handle,
    Hashtag,
    Symbol,
}

[Flags]
public enum TokenFlags : byte
{
    None = 0,
    /// <summary>First letter is upper case.</summary>
    Capitalized = 1,
    /// <summary>Every letter is upper case (and there are at least two).</summary>
    AllCaps = 2,
    /// <summary>A known abbreviation or title ending in a period that belongs to the token (Mr., Jan., U.S.).</summary>
    Abbreviation = 4,
    /// <summary>A single capital letter followed by a period (George W. Bush).</summary>
    Initial = 8,
    /// <summary>Preceded by a line break (or the start of the text).</summary>
    LineStart = 16,
    /// <summary>Preceded by white space (or the start of the text).</summary>
    SpaceBefore = 32,
    /// <summary>An abbreviated title that precedes a name (Mr., Gen., Sen.); set together with <see cref="Abbreviation"/>.</summary>
    Title = 64,
    /// <summary>
    /// Every character is an ASCII letter: a word with no digits, inner marks or period. Later stages that split
    /// text their own way take such a word as it stands, and its hash as theirs, instead of reading it again.
    /// </summary>
    AsciiLetters = 128,
}
