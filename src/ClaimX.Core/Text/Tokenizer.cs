using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
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
public static partial class Tokenizer
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

    private static readonly Vector128<ushort> LaneIndex = Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7);

    /// <summary>
    /// The common case in one step: a word of up to 15 ASCII letters followed by a character that plainly ends
    /// it (space, comma, closing bracket...). Sixteen characters are classified at once, as two 128-bit halves
    /// (see <see cref="AsciiRuns"/> on the instruction set), and the flags and the hash come from the same registers (the hash equals
    /// <see cref="TextHash.Lower"/>). Anything else (a period that may belong to an abbreviation, an apostrophe,
    /// a hyphen, a digit, a link) takes the general path.
    /// </summary>
    private static bool TryScanPlainWord(ReadOnlySpan<char> text, int end, int pos, out int wordEnd, out TokenFlags flags, out int hash)
    {
        wordEnd = pos;
        flags = TokenFlags.None;
        hash = 0;
        if (!Vector128.IsHardwareAccelerated || !BitConverter.IsLittleEndian || pos + 16 > end || MayStartLink(text, end, pos))
        {
            return false;
        }
        var chars = MemoryMarshal.Cast<char, ushort>(text.Slice(pos, 16));
        var low = Vector128.Create<ushort>(chars);
        var high = Vector128.Create<ushort>(chars[8..]);
        var caseBit = Vector128.Create((ushort)0x20);
        var lowerLow = low | caseBit;
        var lowerHigh = high | caseBit;
        uint letterBits = AsciiRuns.Bits(AsciiRuns.LetterMask(low), AsciiRuns.LetterMask(high));
        int length = BitOperations.TrailingZeroCount(~letterBits);
        if (length >= 16 || !EndsPlainWord(text[pos + length]))
        {
            return false;
        }
        uint upperBits = AsciiRuns.Bits(Vector128.Equals(low & caseBit, Vector128<ushort>.Zero), Vector128.Equals(high & caseBit, Vector128<ushort>.Zero))
            & ((1u << length) - 1);
        int uppers = BitOperations.PopCount(upperBits);
        flags = TokenFlags.AsciiLetters
            | ((upperBits & 1) != 0 ? TokenFlags.Capitalized : TokenFlags.None)
            | (length >= 2 && uppers == length ? TokenFlags.AllCaps : TokenFlags.None);
        var lanes = (lowerLow & Vector128.LessThan(LaneIndex, Vector128.Create((ushort)length))).AsUInt64();
        ulong h = TextHash.Step(TextHash.Basis, lanes.GetElement(0));
        if (length > 4)
        {
            h = TextHash.Step(h, lanes.GetElement(1));
            if (length > 8)
            {
                var highLanes = (lowerHigh & Vector128.LessThan(LaneIndex, Vector128.Create((ushort)(length - 8)))).AsUInt64();
                h = TextHash.Step(h, highLanes.GetElement(0));
                if (length > 12)
                {
                    h = TextHash.Step(h, highLanes.GetElement(1));
                }
            }
        }
        hash = TextHash.Finish(h, length);
        wordEnd = pos + length;
        return true;
    }

    // Characters after which a run of letters is a whole word with nothing more to decide.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsPlainWord(char c) => c is ' ' or ',' or ';' or '!' or '?' or ')' or ']' or '"' or '\n' or '\r' or '\t';

    // Cheap look at the first two letters before testing URL prefixes: many words start with h, w or f.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
}
