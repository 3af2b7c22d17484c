namespace ClaimX.Core.Text;

/// <summary>Quote marks and apostrophes: a first direction from the characters around each mark, elisions ('em, '90s) as words.</summary>
public static partial class Tokenizer
{
    private static int ScanQuote(ReadOnlySpan<char> text, int start, int end, int pos, TextLexicons lexicon, out TokenKind kind, ref TokenFlags flags)
    {
        char c = text[pos];
        var family = QuoteMarks.Family(c);
        // Doubled single marks ('' ‘‘ ’’ ``) stand for a double quote in some newswires and converted text.
        int length = pos + 1 < end && text[pos + 1] == c && (family == QuoteFamily.Single || c == '`') ? 2 : 1;
        if (length == 2)
        {
            family = QuoteFamily.Double;
        }
        bool afterWord = pos > start && IsWordCharBefore(text, start, pos);
        if (family == QuoteFamily.Single && !afterWord)
        {
            int elision = ElisionEnd(text, end, pos, lexicon);
            if (elision > pos)
            {
                var shape = new WordShape();
                for (int i = pos; i < elision; i++)
                {
                    if (char.IsLetter(text[i]))
                    {
                        shape.Letter(TextChars.IsUpper(text[i]));
                    }
                }
                flags |= shape.Flags;
                kind = TokenKind.Word;
                return elision;
            }
        }

        char left = LeftContext(text, start, pos);
        char right = RightContext(text, end, pos + length - 1);
        bool leftOpens = IsSpaceOrOpener(left);
        bool rightCloses = IsSpaceOrCloser(right);
        bool openContext = leftOpens && !rightCloses;
        bool closeContext = !leftOpens && rightCloses;
        // A mark with space on both sides (« French », or a stray ‘ ) points neither way: the scanner decides.
        bool isolated = TextChars.IsSpace(left) && TextChars.IsSpace(right);
        var glyph = c == '`' ? QuoteGlyph.AlwaysOpening : QuoteMarks.Glyph(c);

        // Talibs’ / Fox News' : a plural possessive, unless the scanner finds it closes a single quotation.
        if (family == QuoteFamily.Single && closeContext && glyph != QuoteGlyph.AlwaysOpening && text[pos - 1] is 's' or 'S')
        {
            kind = TokenKind.Apostrophe;
            return pos + 1;
        }
        kind = glyph switch
        {
            QuoteGlyph.AlwaysOpening => TokenKind.QuoteOpen,
            QuoteGlyph.Opening => closeContext || isolated ? TokenKind.QuoteAmbiguous : TokenKind.QuoteOpen,
            QuoteGlyph.Closing => openContext || isolated ? TokenKind.QuoteAmbiguous : TokenKind.QuoteClose,
            _ => openContext ? TokenKind.QuoteOpen : closeContext ? TokenKind.QuoteClose : TokenKind.QuoteAmbiguous,
        };
        return pos + length;
    }

    private static bool IsWordCharBefore(ReadOnlySpan<char> text, int start, int pos)
    {
        char c = text[pos - 1];
        if (char.IsLowSurrogate(c) && pos - 2 >= start)
        {
            return TextChars.IsWordChar(text, pos - 2);
        }
        return TextChars.IsWordChar(text, pos - 1);
    }

    /// <summary>
    /// A word that starts with an apostrophe: a clipped year ('90s, ’90s) or a lexicon elision ('em, 'n', 'til).
    /// Returns its end, or -1.
    /// </summary>
    private static int ElisionEnd(ReadOnlySpan<char> text, int end, int pos, TextLexicons lexicon)
    {
        int j = pos + 1;
        if (j + 1 < end && TextChars.IsAsciiDigit(text[j]) && TextChars.IsAsciiDigit(text[j + 1]))
        {
            int k = j + 2;
            if (k < end && text[k] == 's')
            {
                k++;
            }
            else if (k + 1 < end && TextChars.IsApostrophe(text[k]) && text[k + 1] == 's')
            {
                k += 2;
            }
            return k == end || !TextChars.IsWordChar(text, k) ? k : -1;
        }
        int e = j;
        while (e < end && e - j < 8 && TextChars.IsAsciiLetter(text[e]))
        {
            e++;
        }
        if (e == j || (e < end && TextChars.IsWordChar(text, e)))
        {
            return -1;
        }
        if (e < end && TextChars.IsApostrophe(text[e]) && (e + 1 == end || !TextChars.IsWordChar(text, e + 1))
            && lexicon.IsElision(text.Slice(pos, e + 1 - pos)))
        {
            return e + 1;
        }
        return lexicon.IsElision(text.Slice(pos, e - pos)) ? e : -1;
    }

    private static char LeftContext(ReadOnlySpan<char> text, int start, int pos)
    {
        int i = pos - 1;
        while (i >= start && i > pos - QuoteContextReach && QuoteMarks.IsQuoteChar(text[i]))
        {
            i--;
        }
        return i < start ? ' ' : text[i];
    }

    private static char RightContext(ReadOnlySpan<char> text, int end, int pos)
    {
        int i = pos + 1;
        while (i < end && i < pos + QuoteContextReach && QuoteMarks.IsQuoteChar(text[i]))
        {
            i++;
        }
        return i >= end ? ' ' : text[i];
    }

    private static bool IsSpaceOrOpener(char c) =>
        TextChars.IsSpace(c) || c is '(' or '[' or '{' or '<' or '/' || TextChars.IsDash(c) || QuoteMarks.IsQuoteChar(c);

    private static bool IsSpaceOrCloser(char c) =>
        TextChars.IsSpace(c) || c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '>' or '/' or '\u2026'
        || TextChars.IsDash(c) || QuoteMarks.IsQuoteChar(c);
}
