namespace ClaimX.Core.Text;

/// <summary>
/// Character classes shared by the analysis stages, so that the tokenizer, the paragraph splitter and the
/// tests agree on what separates tokens.
/// </summary>
public static class TextChars
{
    /// <summary>
    /// True for white space (including no-break space) and for the invisible separators that news feeds leave
    /// between words (zero-width space, byte-order mark). Tokens never contain these (except a spaced ellipsis).
    /// </summary>
    public static bool IsSpace(char c)
    {
        if (c == ' ')
        {
            return true;
        }
        if (c < 0x80)
        {
            return (c >= '\t' && c <= '\r') || (c < ' ' && char.IsWhiteSpace(c));
        }
        return char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';
    }

    /// <summary>True for characters that end a line.</summary>
    public static bool IsLineBreak(char c) =>
        c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\v' || c == '\f';

    /// <summary>Hyphens and dashes of every width (not the minus sign).</summary>
    public static bool IsDash(char c) =>
        c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2E3A' || c == '\u2E3B' || c == '\uFE58' || c == '\uFE63' || c == '\uFF0D';

    /// <summary>char.IsUpper, with ASCII answered inline: the attribution rules ask it of nearly every token.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsUpper(char c) => c < 0x80 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    /// <summary>char.IsLower, with ASCII answered inline.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsLower(char c) => c < 0x80 ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLower(c);

    internal static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    internal static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    internal static bool IsDigit(char c) => c < 0x80 ? IsAsciiDigit(c) : char.IsDigit(c);

    /// <summary>Letters and digits, including letters written as surrogate pairs.</summary>
    internal static bool IsWordChar(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 0x80)
        {
            return IsAsciiLetter(c) || IsAsciiDigit(c);
        }
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                && System.Text.Rune.IsLetterOrDigit(new System.Text.Rune(c, text[i + 1]));
        }
        return char.IsLetterOrDigit(c);
    }

    internal static bool IsLetterAt(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 0x80)
        {
            return IsAsciiLetter(c);
        }
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                && System.Text.Rune.IsLetter(new System.Text.Rune(c, text[i + 1]));
        }
        return char.IsLetter(c);
    }

    /// <summary>Characters that join a word without being letters: combining marks and format characters (soft hyphen, ZWJ, direction marks).</summary>
    internal static bool IsWordJoiner(char c)
    {
        if (c < 0x80 || c == '\u200B' || c == '\uFEFF')
        {
            return false;
        }
        var category = char.GetUnicodeCategory(c);
        return category is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark
            or System.Globalization.UnicodeCategory.Format;
    }

    /// <summary>Apostrophe glyphs that may join the two halves of a word (didn't, Afghanistan’s).</summary>
    internal static bool IsApostrophe(char c) => c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00B4' || c == '\u02BC';
}
