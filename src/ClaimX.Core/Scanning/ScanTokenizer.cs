using System.Runtime.CompilerServices;
using ClaimX.Core.Lexicons;
using ClaimX.Core.Text;

namespace ClaimX.Core.Scanning;

/// <summary>
/// Splits a stretch of text into the coarse tokens the number and date scanners need. Finer than words on
/// purpose: "F-16", "2.5bn" and "10-year-old" stay several tokens, and adjacency (no space between tokens) is
/// how the scanners tell a code or a compound from a list.
/// </summary>
internal static class ScanTokenizer
{
    // Reused per thread and grown by hand: every document and many claim windows are tokenized, and a List's
    // Add plus its copy cost more than the scan. Only the exact-size result is allocated.
    [ThreadStatic]
    private static ScanToken[]? s_buffer;

    public static ScanToken[] Tokenize(string text, int start, int end)
    {
        var buffer = s_buffer ??= new ScanToken[256];
        int count = TokenizeInto(text, start, end, ref buffer);
        s_buffer = buffer;
        return buffer.AsSpan(0, count).ToArray();
    }

    /// <summary>Tokenizes into <paramref name="tokens"/> (grown when too small); the number of tokens.</summary>
    public static int TokenizeInto(string text, int start, int end, ref ScanToken[] tokens)
    {
        sbyte[]? noStarts = null;
        return TokenizeInto(text, start, end, ref tokens, default, ref noStarts);
    }

    /// <summary>
    /// As <see cref="TokenizeInto(string, int, int, ref ScanToken[])"/>, with the text analyser's tokens of the same
    /// text (in text order) to take words of letters from: such a word with no letter or apostrophe after it is one
    /// scan word as it stands, so its letters need not be scanned again. The tokens are the same either way.
    /// <paramref name="starts"/>, when given, gets for each token -1 where its hash shows that no date or number
    /// can start there (<see cref="StartWords.MayStart"/>), else 0 (not known yet); grown with the tokens.
    /// </summary>
    public static int TokenizeInto(string text, int start, int end, ref ScanToken[] tokens, ReadOnlySpan<TokenData> textTokens, ref sbyte[]? starts)
    {
        // The buffers in locals for the loop (through the references every store would reload them); handed back at the end.
        var buffer = tokens;
        var known = starts;
        // Only asked for with the analyser's tokens: the lexicons' own phrases are tokenized while StartWords is
        // being built from them.
        var startBits = known is null || textTokens.IsEmpty ? null : StartWords.FilterBits;
        int count = 0;
        int i = start;
        int next = 0;
        while (i < end)
        {
            char c = text[i];
            int tokenStart = i;
            ScanTokenKind kind;
            bool ruledOut = false;
            if (IsSpace(c))
            {
                i++;
                continue;
            }
            if (IsDigit(c))
            {
                i = NumberEnd(text, i + 1, end);
                kind = ScanTokenKind.Number;
            }
            else if (IsLetter(c))
            {
                while (next < textTokens.Length && textTokens[next].Start < i)
                {
                    next++;
                }
                int wordEnd;
                if (next < textTokens.Length && textTokens[next].Start == i && (textTokens[next].Flags & TokenFlags.AsciiLetters) != 0
                    && (wordEnd = textTokens[next].End) <= end && (wordEnd == end || !(IsLetter(text[wordEnd]) || IsApostrophe(text[wordEnd]))))
                {
                    i = wordEnd;
                    ruledOut = startBits is not null && !WordHashFilter.MayContain(startBits, textTokens[next].LowerHash); // StartWords.MayStart
                }
                else
                {
                    i = WordEnd(text, i + 1, end);
                }
                kind = ScanTokenKind.Word;
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
                kind = ScanTokenKind.Symbol;
            }
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(buffer.Length * 2, 256));
            }
            if (known is not null)
            {
                if (count >= known.Length)
                {
                    Array.Resize(ref known, buffer.Length);
                }
                known[count] = ruledOut ? (sbyte)-1 : (sbyte)0;
            }
            buffer[count++] = new ScanToken(tokenStart, i, kind);
        }
        tokens = buffer;
        starts = known;
        return count;
    }

    public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

    // ASCII answers without the general Unicode look-ups; each equals the char.IsX call it stands for
    // (ScanTokenizerTests checks every ASCII character).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(char c) => c < 0x80 ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' : char.IsWhiteSpace(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsDigit(char c) => c < 0x80 ? (uint)(c - '0') <= 9 : char.IsDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLetter(char c) => c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    // Digits, with ',' or '.' between digits ("5,000", "3.5"); a comma only before a group of three.
    private static int NumberEnd(string text, int i, int end)
    {
        while (i < end)
        {
            char c = text[i];
            if (IsDigit(c))
            {
                i++;
            }
            else if ((c == ',' || c == '.') && i + 1 < end && IsDigit(text[i + 1])
                     && (c == '.' || IsThousandsGroup(text, i + 1, end)))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    // Letters, with apostrophes between letters ("didn't") unless they start a possessive ending.
    private static int WordEnd(string text, int i, int end)
    {
        while (i < end)
        {
            // Runs of ASCII letters, the bulk of any word, in a tight loop of their own.
            i = AsciiRuns.LettersEnd(text.AsSpan(0, end), i);
            if (i >= end)
            {
                break;
            }
            char c = text[i];
            if (c >= 0x80 && char.IsLetter(c))
            {
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < end && IsLetter(text[i + 1]) && IsLetter(text[i - 1])
                     && !IsPossessive(text, i, end))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    // "Tuesday's", "the bank's": the possessive ending is split off so that the word itself can be looked up.
    private static bool IsPossessive(string text, int apostrophe, int end) =>
        apostrophe + 1 < end && (text[apostrophe + 1] == 's' || text[apostrophe + 1] == 'S')
        && (apostrophe + 2 >= end || !IsLetter(text[apostrophe + 2]));

    // "5,000" groups by three; "4,5" (a list written tightly) does not.
    private static bool IsThousandsGroup(string text, int digitStart, int end)
    {
        int n = 0;
        int i = digitStart;
        while (i < end && IsDigit(text[i]))
        {
            n++;
            i++;
        }
        return n == 3;
    }
}
