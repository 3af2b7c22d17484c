using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace ClaimX.Core.Text;

/// <summary>
/// Splits text into tokens in one linear pass: words (with inner apostrophes and hyphens, abbreviations and
/// initials keeping their period), numbers, ordinals, punctuation, quote marks classified by their context,
/// apostrophes, dashes, ellipses, URLs, handles, hashtags and symbols. Every character that is not white
/// space ends up in exactly one token. Quote marks get a first, local direction here; the
/// <see cref="QuotationScanner"/> settles the ambiguous ones when it pairs them.
/// </summary>
public static class Tokenizer
{
    // How far a quote mark looks past neighbouring quote marks for its context; a bound keeps runs of marks linear.
    private const int QuoteContextReach = 4;

    /// <summary>Tokens of the whole text.</summary>
    public static TokenData[] Tokenize(string text) => Tokenize(text, 0, text?.Length ?? 0);

    /// <summary>Tokens of text[start..end); offsets stay relative to the whole text.</summary>
    public static TokenData[] Tokenize(string text, int start, int end)
    {
        text ??= string.Empty;
        end = Math.Clamp(end, 0, text.Length);
        start = Math.Clamp(start, 0, end);
        var buffer = new TokenBuffer(TokenBuffer.EstimateCapacity(end - start));
        try
        {
            Tokenize(text, start, end, ref buffer);
            return buffer.ToArray();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    internal static void Tokenize(ReadOnlySpan<char> text, int start, int end, ref TokenBuffer output)
    {
        var lexicon = TextLexicons.Default;
        bool spaceBefore = start == 0 || TextChars.IsSpace(text[start - 1]);
        bool lineStart = StartsLine(text, start);
        int pos = start;
        while (pos < end)
        {
            char c = text[pos];
            if (c == ' ' || TextChars.IsSpace(c))
            {
                spaceBefore = true;
                lineStart |= TextChars.IsLineBreak(c);
                pos++;
                continue;
            }
            var flags = (spaceBefore ? TokenFlags.SpaceBefore : TokenFlags.None) | (lineStart ? TokenFlags.LineStart : TokenFlags.None);
            int tokenEnd;
            if (TextChars.IsAsciiLetter(c) && TryScanPlainWord(text, end, pos, out tokenEnd, out var wordFlags, out int wordHash))
            {
                output.Add(new TokenData(pos, tokenEnd - pos, TokenKind.Word, flags | wordFlags, wordHash));
            }
            else if (c == ',' || (c == '.' && (pos + 1 == end || (text[pos + 1] is ' ' or '\n' or '\r' && (pos + 2 >= end || text[pos + 2] != '.')))))
            {
                // A comma, or a period before a space: the commonest tokens after words, with nothing to decide.
                tokenEnd = pos + 1;
                output.Add(new TokenData(pos, 1, TokenKind.Punctuation, flags, TextHash.Finish(TextHash.Step(TextHash.Basis, c), 1)));
            }
            else
            {
                tokenEnd = ScanToken(text, start, end, pos, lexicon, out var kind, ref flags);
                output.Add(new TokenData(pos, tokenEnd - pos, kind, flags, TextHash.Lower(text.Slice(pos, tokenEnd - pos))));
            }
            pos = tokenEnd;
            spaceBefore = false;
            lineStart = false;
        }
    }

    private static readonly Vector256<ushort> LaneIndex =
        Vector256.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

    /// <summary>
    /// The common case in one step: a word of up to 15 ASCII letters followed by a character that plainly ends
    /// it (space, comma, closing bracket...). Sixteen characters are classified at once, and the flags and the
    /// hash come from the same registers (the hash equals <see cref="TextHash.Lower"/>). Anything else (a
    /// period that may belong to an abbreviation, an apostrophe, a hyphen, a digit, a link) takes the general path.
    /// </summary>
    private static bool TryScanPlainWord(ReadOnlySpan<char> text, int end, int pos, out int wordEnd, out TokenFlags flags, out int hash)
    {
        wordEnd = pos;
        flags = TokenFlags.None;
        hash = 0;
        if (!Vector256.IsHardwareAccelerated || !BitConverter.IsLittleEndian || pos + 16 > end || MayStartLink(text, end, pos))
        {
            return false;
        }
        var chars = Vector256.Create<ushort>(MemoryMarshal.Cast<char, ushort>(text.Slice(pos, 16)));
        var lower = chars | Vector256.Create((ushort)0x20);
        uint letterBits = Vector256.LessThanOrEqual(lower - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits();
        int length = BitOperations.TrailingZeroCount(~letterBits);
        if (length >= 16 || !EndsPlainWord(text[pos + length]))
        {
            return false;
        }
        uint upperBits = Vector256.Equals(chars & Vector256.Create((ushort)0x20), Vector256<ushort>.Zero).ExtractMostSignificantBits() & ((1u << length) - 1);
        int uppers = BitOperations.PopCount(upperBits);
        flags = ((upperBits & 1) != 0 ? TokenFlags.Capitalized : TokenFlags.None)
            | (length >= 2 && uppers == length ? TokenFlags.AllCaps : TokenFlags.None);
        var lanes = (lower & Vector256.LessThan(LaneIndex, Vector256.Create((ushort)length))).AsUInt64();
        ulong h = TextHash.Step(TextHash.Basis, lanes.GetElement(0));
        if (length > 4)
        {
            h = TextHash.Step(h, lanes.GetElement(1));
            if (length > 8)
            {
                h = TextHash.Step(h, lanes.GetElement(2));
                if (length > 12)
                {
                    h = TextHash.Step(h, lanes.GetElement(3));
                }
            }
        }
        hash = TextHash.Finish(h, length);
        wordEnd = pos + length;
        return true;
    }

    // Characters after which a run of letters is a whole word with nothing more to decide.
    private static bool EndsPlainWord(char c) => c is ' ' or ',' or ';' or '!' or '?' or ')' or ']' or '"' or '\n' or '\r' or '\t';

    // Cheap look at the first two letters before testing URL prefixes: many words start with h, w or f.
    private static bool MayStartLink(ReadOnlySpan<char> text, int end, int pos)
    {
        char c = (char)(text[pos] | 0x20);
        return pos + 4 < end && (c is 'h' or 'f' ? (text[pos + 1] | 0x20) == 't' : c == 'w' && (text[pos + 1] | 0x20) == 'w');
    }

    private static bool StartsLine(ReadOnlySpan<char> text, int start)
    {
        for (int i = start - 1; i >= 0; i--)
        {
            if (TextChars.IsLineBreak(text[i]))
            {
                return true;
            }
            if (!TextChars.IsSpace(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static int ScanToken(ReadOnlySpan<char> text, int start, int end, int pos, TextLexicons lexicon, out TokenKind kind, ref TokenFlags flags)
    {
        char c = text[pos];
        if (c < 0x80)
        {
            if (TextChars.IsAsciiLetter(c))
            {
                return ScanWord(text, end, pos, lexicon, out kind, ref flags);
            }
            if (TextChars.IsAsciiDigit(c))
            {
                return ScanNumber(text, end, pos, pos, out kind, ref flags);
            }
            switch (c)
            {
                case '.':
                    return ScanPeriod(text, end, pos, out kind, ref flags);
                case '!' or '?':
                    kind = TokenKind.Punctuation;
                    return RunOf(text, end, pos, static ch => ch is '!' or '?' or '\u203D');
                case '-':
                    kind = TokenKind.Dash;
                    return RunOf(text, end, pos, TextChars.IsDash);
                case '"' or '\'':
                    return ScanQuote(text, start, end, pos, lexicon, out kind, ref flags);
                case '`' when pos + 1 < end && text[pos + 1] == '`':
                    return ScanQuote(text, start, end, pos, lexicon, out kind, ref flags);
                case '@':
                    return ScanTag(text, start, end, pos, TokenKind.Handle, out kind);
                case '#':
                    return ScanTag(text, start, end, pos, TokenKind.Hashtag, out kind);
                default:
                    kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                    return pos + 1;
            }
        }
        return ScanNonAscii(text, start, end, pos, lexicon, out kind, ref flags);
    }

    private static int ScanNonAscii(ReadOnlySpan<char> text, int start, int end, int pos, TextLexicons lexicon, out TokenKind kind, ref TokenFlags flags)
    {
        char c = text[pos];
        if (char.IsHighSurrogate(c))
        {
            if (pos + 1 < end && char.IsLowSurrogate(text[pos + 1]))
            {
                if (Rune.IsLetterOrDigit(new Rune(c, text[pos + 1])))
                {
                    return ScanWord(text, end, pos, lexicon, out kind, ref flags);
                }
                // Emoji and other symbols: keep the pair whole, with any variation selectors and joiners after it.
                kind = TokenKind.Symbol;
                return SkipJoiners(text, end, pos + 2);
            }
            kind = TokenKind.Symbol;
            return pos + 1;
        }
        if (char.IsLowSurrogate(c))
        {
            kind = TokenKind.Symbol;
            return pos + 1;
        }
        if (char.IsLetter(c))
        {
            return ScanWord(text, end, pos, lexicon, out kind, ref flags);
        }
        if (char.IsDigit(c))
        {
            return ScanNumber(text, end, pos, pos, out kind, ref flags);
        }
        if (QuoteMarks.IsQuoteChar(c))
        {
            return ScanQuote(text, start, end, pos, lexicon, out kind, ref flags);
        }
        if (TextChars.IsDash(c))
        {
            kind = TokenKind.Dash;
            return RunOf(text, end, pos, TextChars.IsDash);
        }
        if (c == '\u2026')
        {
            kind = TokenKind.Ellipsis;
            return RunOf(text, end, pos, static ch => ch is '\u2026' or '.');
        }
        if (c == '\u203D')
        {
            kind = TokenKind.Punctuation;
            return RunOf(text, end, pos, static ch => ch is '!' or '?' or '\u203D');
        }
        if (TextChars.IsWordJoiner(c))
        {
            kind = TokenKind.Symbol;
            return SkipJoiners(text, end, pos + 1);
        }
        kind = char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => TokenKind.Punctuation,
            _ => TokenKind.Symbol,
        };
        return pos + 1;
    }

    private static int RunOf(ReadOnlySpan<char> text, int end, int pos, Func<char, bool> member)
    {
        int i = pos + 1;
        while (i < end && member(text[i]))
        {
            i++;
        }
        return i;
    }

    private static int SkipJoiners(ReadOnlySpan<char> text, int end, int i)
    {
        while (i < end && TextChars.IsWordJoiner(text[i]))
        {
            i++;
        }
        return i;
    }

    // ---- words ----

    private static int ScanWord(ReadOnlySpan<char> text, int end, int pos, TextLexicons lexicon, out TokenKind kind, ref TokenFlags flags)
    {
        if (MayStartLink(text, end, pos))
        {
            int url = UrlEnd(text, end, pos);
            if (url > pos)
            {
                kind = TokenKind.Url;
                return url;
            }
        }
        var shape = new WordShape();
        int i = ScanWordBody(text, end, pos, pos, ref shape);
        if (!shape.Abbreviation && i < end)
        {
            if (text[i] == '.')
            {
                int link = DomainWithPathEnd(text, end, pos);
                if (link > i)
                {
                    kind = TokenKind.Url;
                    return link;
                }
                var abbreviation = i + 1 - pos <= lexicon.LongestAbbreviation ? lexicon.Classify(text.Slice(pos, i + 1 - pos)) : AbbreviationClass.None;
                if (abbreviation == AbbreviationClass.None)
                {
                    // (D-Calif.), ex-Gov.: the abbreviation is the last part of a hyphenated word.
                    abbreviation = LastSegmentAbbreviation(text, pos, i, lexicon);
                }
                if (abbreviation != AbbreviationClass.None)
                {
                    i++;
                    flags |= TokenFlags.Abbreviation | (abbreviation == AbbreviationClass.Title ? TokenFlags.Title : TokenFlags.None);
                }
                else if (i - pos == 1 && shape.Uppers == 1)
                {
                    i++;
                    flags |= TokenFlags.Initial;
                }
            }
            else if (text[i] == '@')
            {
                int email = EmailEnd(text, end, i);
                if (email > i)
                {
                    kind = TokenKind.Url;
                    return email;
                }
            }
        }
        if (shape.Abbreviation)
        {
            flags |= TokenFlags.Abbreviation;
        }
        flags |= shape.Flags;
        kind = TokenKind.Word;
        return i;
    }

    private static AbbreviationClass LastSegmentAbbreviation(ReadOnlySpan<char> text, int pos, int period, TextLexicons lexicon)
    {
        for (int h = period - 1; h > pos && period - h <= lexicon.LongestAbbreviation; h--)
        {
            if (text[h] == '-')
            {
                return h + 1 < period ? lexicon.Classify(text.Slice(h + 1, period + 1 - (h + 1))) : AbbreviationClass.None;
            }
        }
        return AbbreviationClass.None;
    }

    private struct WordShape
    {
        public int LetterCount;
        public int Uppers;
        public bool FirstLetterUpper;
        public bool Abbreviation;

        public readonly TokenFlags Flags =>
            (FirstLetterUpper ? TokenFlags.Capitalized : TokenFlags.None)
            | (LetterCount >= 2 && Uppers == LetterCount ? TokenFlags.AllCaps : TokenFlags.None);

        public void Letters(int count, int uppers, bool firstUpper)
        {
            if (LetterCount == 0)
            {
                FirstLetterUpper = firstUpper;
            }
            LetterCount += count;
            Uppers += uppers;
        }

        public void Letter(bool upper)
        {
            if (LetterCount == 0)
            {
                FirstLetterUpper = upper;
            }
            LetterCount++;
            if (upper)
            {
                Uppers++;
            }
        }
    }

    /// <summary>
    /// Scans word characters from <paramref name="from"/>: letters, digits, combining marks, and apostrophes or
    /// hyphens with word characters on both sides; an initialism (U.S., a.m., Ph.D.) keeps its periods.
    /// </summary>
    private static int ScanWordBody(ReadOnlySpan<char> text, int end, int tokenStart, int from, ref WordShape shape)
    {
        int i = from;
        // The current hyphen-separated segment: an initialism may start one (D-N.C., U.S.-led).
        int segmentStart = from;
        bool segmentLetters = from == tokenStart;
        var scan = text[..end];
        while (i < end)
        {
            // Runs of ASCII letters, the bulk of any text, are counted in locals rather than through the reference.
            int run = i, runUppers = 0;
            while ((uint)i < (uint)scan.Length && TextChars.IsAsciiLetter(scan[i]))
            {
                runUppers += scan[i] <= 'Z' ? 1 : 0;
                i++;
            }
            if (i > run)
            {
                shape.Letters(i - run, runUppers, scan[run] <= 'Z');
                if (i >= end)
                {
                    break;
                }
            }
            char c = text[i];
            if (c < 0x80)
            {
                if (TextChars.IsAsciiDigit(c))
                {
                    segmentLetters = false;
                    i++;
                    continue;
                }
                if (c == '.')
                {
                    if (segmentLetters && i - segmentStart is 1 or 2)
                    {
                        int initialism = InitialismEnd(text, end, i, ref shape);
                        if (initialism > i)
                        {
                            i = initialism;
                            // U.S.-Taliban: a hyphenated compound that starts with an initialism.
                            if (i + 1 < end && text[i] == '-' && TextChars.IsWordChar(text, i + 1))
                            {
                                shape.Abbreviation = false;
                                i++;
                                segmentStart = i;
                                segmentLetters = true;
                                continue;
                            }
                            shape.Abbreviation = true;
                        }
                    }
                    return i;
                }
                if (i > tokenStart
                    && ((c == '-' && i + 1 < end && TextChars.IsWordChar(text, i + 1))
                        || ((c == '\'' || c == '`') && i + 1 < end && TextChars.IsLetterAt(text, i + 1))
                        || (c == '&' && i + 1 < end && char.IsAsciiLetterUpper(text[i + 1]) && char.IsAsciiLetterUpper(text[i - 1]))))
                {
                    i++;
                    segmentStart = i;
                    segmentLetters = c == '-';
                    continue;
                }
                return i;
            }
            if (char.IsHighSurrogate(c))
            {
                if (!TextChars.IsWordChar(text[..end], i))
                {
                    return i;
                }
                shape.Letter(false);
                i += 2;
                continue;
            }
            if (char.IsLetter(c))
            {
                shape.Letter(char.IsUpper(c));
                i++;
                continue;
            }
            if (char.IsDigit(c))
            {
                segmentLetters = false;
                i++;
                continue;
            }
            if (TextChars.IsWordJoiner(c) && i > tokenStart)
            {
                i++;
                continue;
            }
            if ((((c == '\u2019' || c == '\u2018' || c == '\u00B4') && i + 1 < end && TextChars.IsLetterAt(text, i + 1))
                || ((c == '\u2010' || c == '\u2011') && i + 1 < end && TextChars.IsWordChar(text, i + 1)))
                && i > tokenStart)
            {
                i++;
                segmentStart = i;
                segmentLetters = c is '\u2010' or '\u2011';
                continue;
            }
            return i;
        }
        return i;
    }

    /// <summary>
    /// At the period after a first segment of one or two letters: the end of an initialism such as U.S., D.C.,
    /// a.m. or Ph.D. (segments of one or two letters, each followed by a period, at least two of them), else -1.
    /// </summary>
    private static int InitialismEnd(ReadOnlySpan<char> text, int end, int dot, ref WordShape shape)
    {
        int i = dot;
        int segments = 1;
        int lastEnd = -1;
        int letters = 0, uppers = 0;
        while (i < end && text[i] == '.')
        {
            int j = i + 1;
            int k = j;
            while (k < end && k - j < 3 && TextChars.IsAsciiLetter(text[k]))
            {
                k++;
            }
            if (k == j || k - j > 2 || k >= end || text[k] != '.')
            {
                break;
            }
            for (int l = j; l < k; l++)
            {
                letters++;
                if (text[l] <= 'Z')
                {
                    uppers++;
                }
            }
            segments++;
            lastEnd = k + 1;
            i = k;
        }
        if (segments < 2)
        {
            return -1;
        }
        for (int l = 0; l < letters; l++)
        {
            shape.Letter(l < uppers);
        }
        // Counting upper-case letters first keeps FirstLetterUpper from the first segment, already recorded.
        return lastEnd;
    }

    private static int EmailEnd(ReadOnlySpan<char> text, int end, int at)
    {
        int i = at + 1;
        bool dot = false;
        while (i < end && (TextChars.IsAsciiLetter(text[i]) || TextChars.IsAsciiDigit(text[i]) || text[i] is '.' or '-' or '_'))
        {
            dot |= text[i] == '.';
            i++;
        }
        while (i > at + 1 && text[i - 1] is '.' or '-' or '_')
        {
            i--;
        }
        return dot && i > at + 1 ? i : -1;
    }

    private static int UrlEnd(ReadOnlySpan<char> text, int end, int pos)
    {
        var rest = text[pos..end];
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            return -1;
        }
        return LinkEnd(text, end, pos, pos);
    }

    /// <summary>A link written without its scheme: host labels joined by periods, then a path (t.co/x, pic.twitter.com/x).</summary>
    private static int DomainWithPathEnd(ReadOnlySpan<char> text, int textEnd, int pos)
    {
        int end = textEnd;
        // A host name has at most 253 characters; the bound keeps a long run of "word." linear.
        end = Math.Min(end, pos + 256);
        int i = pos;
        int labels = 0;
        while (true)
        {
            int labelStart = i;
            while (i < end && (TextChars.IsAsciiLetter(text[i]) || TextChars.IsAsciiDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }
            if (i == labelStart)
            {
                return -1;
            }
            labels++;
            if (i < end && text[i] == '.')
            {
                i++;
                continue;
            }
            break;
        }
        if (labels < 2 || i + 1 >= end || text[i] != '/' || TextChars.IsSpace(text[i + 1]))
        {
            return -1;
        }
        return LinkEnd(text, textEnd, pos, i);
    }

    // The end of a link from its host onwards: up to white space or a quote mark, without trailing sentence punctuation.
    private static int LinkEnd(ReadOnlySpan<char> text, int end, int pos, int from)
    {
        int i = from;
        int openParens = 0;
        while (i < end)
        {
            char c = text[i];
            if (TextChars.IsSpace(c) || c is '<' or '>' or '"' || (c >= 0x80 && (QuoteMarks.IsQuoteChar(c) || (TextChars.IsDash(c) && c != '\u2010'))))
            {
                break;
            }
            if (c == '(')
            {
                openParens++;
            }
            else if (c == ')')
            {
                openParens--;
            }
            i++;
        }
        // Sentence punctuation after a link belongs to the sentence.
        while (i > pos)
        {
            char last = text[i - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}')
            {
                i--;
            }
            else if (last == ')' && openParens < 0)
            {
                openParens++;
                i--;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    // ---- numbers ----

    /// <summary>Digits with thousands separators, decimals, times, fractions and ranges (5,000 3.5 10:30 3/4 97-1).</summary>
    private static int ScanNumber(ReadOnlySpan<char> text, int end, int tokenStart, int pos, out TokenKind kind, ref TokenFlags flags)
    {
        int i = pos;
        bool separated = false;
        while (i < end && TextChars.IsDigit(text[i]))
        {
            i++;
        }
        while (i + 1 < end)
        {
            char c = text[i];
            if (c == ',')
            {
                if (i + 3 < end && TextChars.IsAsciiDigit(text[i + 1]) && TextChars.IsAsciiDigit(text[i + 2]) && TextChars.IsAsciiDigit(text[i + 3])
                    && (i + 4 == end || !TextChars.IsDigit(text[i + 4])))
                {
                    i += 4;
                    separated = true;
                    continue;
                }
                break;
            }
            if ((c is '.' or ':' or '/' or '-') && TextChars.IsDigit(text[i + 1]))
            {
                i += 2;
                separated = true;
                while (i < end && TextChars.IsDigit(text[i]))
                {
                    i++;
                }
                continue;
            }
            break;
        }
        if (i < end && (TextChars.IsLetterAt(text, i) || (text[i] == '-' && i + 1 < end && TextChars.IsLetterAt(text, i + 1))))
        {
            if (!separated && i + 1 < end && IsOrdinalSuffix(text[i], text[i + 1]) && (i + 2 == end || !TextChars.IsWordChar(text, i + 2)))
            {
                kind = TokenKind.Ordinal;
                return i + 2;
            }
            // 1990s, 24-hour, 5km, 3D: a word that starts with digits.
            var shape = new WordShape();
            i = ScanWordBody(text, end, tokenStart, i, ref shape);
            flags |= shape.Flags & ~TokenFlags.Capitalized;
            kind = TokenKind.Word;
            return i;
        }
        kind = TokenKind.Number;
        return i;
    }

    private static bool IsOrdinalSuffix(char a, char b)
    {
        a = (char)(a | 0x20);
        b = (char)(b | 0x20);
        return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
    }

    private static int ScanPeriod(ReadOnlySpan<char> text, int end, int pos, out TokenKind kind, ref TokenFlags flags)
    {
        if (pos + 1 < end && text[pos + 1] is '.' or '\u2026')
        {
            kind = TokenKind.Ellipsis;
            return RunOf(text, end, pos, static ch => ch is '.' or '\u2026');
        }
        // ". . ." written with spaces between the dots.
        if (pos + 4 < end && text[pos + 1] == ' ' && text[pos + 2] == '.' && text[pos + 3] == ' ' && text[pos + 4] == '.')
        {
            int i = pos + 5;
            while (i + 1 < end && text[i] == ' ' && text[i + 1] == '.')
            {
                i += 2;
            }
            kind = TokenKind.Ellipsis;
            return i;
        }
        // .5 percent: a decimal without its leading zero.
        if (pos + 1 < end && TextChars.IsAsciiDigit(text[pos + 1]))
        {
            return ScanNumber(text, end, pos, pos + 1, out kind, ref flags);
        }
        kind = TokenKind.Punctuation;
        return pos + 1;
    }

    // ---- handles and hashtags ----

    private static int ScanTag(ReadOnlySpan<char> text, int start, int end, int pos, TokenKind tagKind, out TokenKind kind)
    {
        int i = pos + 1;
        bool letter = false;
        bool afterWord = pos > start && TextChars.IsWordChar(text, pos - 1);
        while (i < end && (text[i] == '_' || TextChars.IsWordChar(text[..end], i)))
        {
            letter |= text[i] != '_' && !TextChars.IsDigit(text[i]);
            i += char.IsHighSurrogate(text[i]) ? 2 : 1;
        }
        if (afterWord || !letter)
        {
            kind = TokenKind.Symbol;
            return pos + 1;
        }
        kind = tagKind;
        return i;
    }

    // ---- quote marks and apostrophes ----

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
                        shape.Letter(char.IsUpper(text[i]));
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
