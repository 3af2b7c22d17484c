namespace ClaimX.Core.Text;

/// <summary>Families of quote marks: a mark closes only a quotation opened by a mark of its own family.</summary>
internal enum QuoteFamily : byte
{
    None,
    /// <summary>" “ ” „ ‟ — straight and curly double quotes pair freely, as articles mix them.</summary>
    Double,
    /// <summary>' ‘ ’ ‚ ‛</summary>
    Single,
    /// <summary>« »</summary>
    Guillemet,
    /// <summary>‹ ›</summary>
    SingleGuillemet,
    /// <summary>「 」</summary>
    Corner,
    /// <summary>『 』</summary>
    WhiteCorner,
}

/// <summary>The direction a glyph is drawn for; context may override it (German „…“, Swedish ”…”).</summary>
internal enum QuoteGlyph : byte
{
    Neutral,
    Opening,
    Closing,
    /// <summary>Low marks („ ‚) only ever open.</summary>
    AlwaysOpening,
}

internal static class QuoteMarks
{
    public static QuoteFamily Family(char c) => c switch
    {
        '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\uFF02' => QuoteFamily.Double,
        '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' => QuoteFamily.Single,
        '\u00AB' or '\u00BB' => QuoteFamily.Guillemet,
        '\u2039' or '\u203A' => QuoteFamily.SingleGuillemet,
        '\u300C' or '\u300D' => QuoteFamily.Corner,
        '\u300E' or '\u300F' => QuoteFamily.WhiteCorner,
        _ => QuoteFamily.None,
    };

    public static QuoteGlyph Glyph(char c) => c switch
    {
        '\u201C' or '\u201F' or '\u2018' or '\u201B' or '\u00AB' or '\u2039' or '\u300C' or '\u300E' => QuoteGlyph.Opening,
        '\u201D' or '\u2019' or '\u00BB' or '\u203A' or '\u300D' or '\u300F' => QuoteGlyph.Closing,
        '\u201E' or '\u201A' => QuoteGlyph.AlwaysOpening,
        _ => QuoteGlyph.Neutral,
    };

    public static bool IsQuoteChar(char c) => Family(c) != QuoteFamily.None;

    /// <summary>Family of a quote-mark token: doubled single marks ('' ``) count as a double quote.</summary>
    public static QuoteFamily FamilyOf(ReadOnlySpan<char> text, in TokenData token) =>
        token.Length == 2 && text[token.Start] is '\'' or '`' or '\u2018' or '\u2019' ? QuoteFamily.Double : Family(text[token.Start]);
}
