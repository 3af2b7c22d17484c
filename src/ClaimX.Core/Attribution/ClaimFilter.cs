using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using ClaimX.Core.Lexicons;
using ClaimX.Core.Text;

namespace ClaimX.Core.Attribution;

/// <summary>
/// What is not a claim: scare quotes around a word or two, titles of works, headlines and all-caps promotional
/// lines, bylines and credits. Decided from the shape of the text, not from the words of any one article.
/// </summary>
internal sealed class ClaimFilter
{
    // Bylines and credits stand in a short paragraph at the top or the bottom of an article.
    private const int CreditEdgeParagraphs = 3;
    private const int CreditMaxWords = 40;

    private static readonly string[] CreditPhraseList = [.. LexiconResource.ReadLines("credit-phrases.txt")];

    // All phrases searched in one vectorised pass per paragraph instead of one case-insensitive scan per phrase.
    private static readonly SearchValues<string> CreditPhrases = SearchValues.Create(CreditPhraseList, StringComparison.OrdinalIgnoreCase);
    private static readonly WordSet TitleMarkers = ClauseLexicons.TitleMarkers;
    private static readonly WordSet TitleSmallWords = WordSet.FromResource("title-small-words.txt");
    private readonly TextDocument _document;

    // Decided when first asked (0 not yet, 1 skipped, 2 kept): only paragraphs with a cue or a quotation are asked.
    private readonly byte[] _skippedParagraph;

    public ClaimFilter(ClauseView view)
    {
        _document = view.Document;
        _skippedParagraph = new byte[_document.Paragraphs.Count];
    }

    /// <summary>Headlines, all-caps promotional lines and credit paragraphs hold no claims.</summary>
    public bool SkipsParagraph(int paragraph)
    {
        if (paragraph < 0 || paragraph >= _skippedParagraph.Length)
        {
            return false;
        }
        ref byte state = ref _skippedParagraph[paragraph];
        if (state == 0)
        {
            int count = _skippedParagraph.Length;
            var text = _document.Slice(_document.Paragraphs[paragraph].Span);
            bool edge = paragraph < CreditEdgeParagraphs || paragraph >= count - CreditEdgeParagraphs;
            state = IsAllCaps(text) || (edge && IsCredit(text)) ? (byte)1 : (byte)2;
        }
        return state == 1;
    }

    /// <summary>Whether a quotation can be a claim on its own: not a scare quote, a title or a name.</summary>
    public static bool IsClaimQuote(ClauseView view, Quotation quote)
    {
        // "a spot titled “Arrogant and Out of Touch”": a title or a name, however long.
        int open = view.FirstTokenAt(quote.Outer.Start);
        if (view.InSet(open - 1, TitleMarkers))
        {
            return false;
        }
        var content = view.Document.Slice(quote.Content);
        // Only "at most two" and "more than eight" matter below.
        int words = CountWords(content, limit: 9);
        var trimmed = content.TrimEnd();
        bool sentenceLike = trimmed.Length > 0 && trimmed[^1] is '.' or ',' or '!' or '?' or ':' or ';';
        if (words <= 2)
        {
            // "“No,” she said." is a claim; a “defensive” airstrike or a “restructuring.” is a scare quote.
            return sentenceLike && words >= 1 && TextChars.IsUpper(content.TrimStart()[0]);
        }
        // Titles of works and names: every word capitalised, short, not closed like a sentence ("The Art of the
        // Deal", "Face the Nation," with the comma American style puts inside the marks).
        bool sentenceEnd = trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?';
        return sentenceEnd || words > 8 || !EveryWordCapitalized(content);
    }

    public static int CountWords(ReadOnlySpan<char> text) => CountWords(text, int.MaxValue);

    /// <summary>The words of <paramref name="text"/>, counted up to <paramref name="limit"/>: callers that only
    /// compare the count with a bound stop reading a long claim there.</summary>
    public static int CountWords(ReadOnlySpan<char> text, int limit)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = ClauseTokenizer.IsLetterOrDigit(c); // char.IsLetterOrDigit, ASCII inline
            if (letter && !inWord && ++words >= limit) return words;
            inWord = letter || (inWord && c is '\'' or '\u2019' or '-');
        }
        return words;
    }

    // Every word capitalised except the short function words titles keep in lower case.
    private static bool EveryWordCapitalized(ReadOnlySpan<char> text)
    {
        foreach (var range in text.SplitAny(" \t\r\n"))
        {
            var word = text[range].Trim("\"'“”‘’,.;:!?()");
            if (word.Length == 0 || !char.IsLetter(word[0]) || TextChars.IsUpper(word[0]))
            {
                continue;
            }
            if (!TitleSmallWords.Contains(word))
            {
                return false;
            }
        }
        return true;
    }

    internal static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        var (upper, lower) = CountCase(text, stopWhenNotAllCaps: true);
        return upper >= 8 && lower * 10 < upper;
    }

    // Upper- and lower-case letters (char.IsUpper / char.IsLower). Every paragraph of every article is counted,
    // so runs of ASCII are counted a vector at a time; a vector holding any other character is counted one by one.
    // With stopWhenNotAllCaps the count stops once the lower-case letters are too many for the rest of the text to
    // make it all capitals (lower * 10 >= every letter there can be): prose shows that within its first words.
    internal static (int Upper, int Lower) CountCase(ReadOnlySpan<char> text, bool stopWhenNotAllCaps = false)
    {
        int upper = 0, lower = 0, i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var units = MemoryMarshal.Cast<char, ushort>(text);
            var nonAscii = new Vector<ushort>(0x80);
            var upperA = new Vector<ushort>('A');
            var lowerA = new Vector<ushort>('a');
            var letters = new Vector<ushort>(26);
            for (; i + Vector<ushort>.Count <= units.Length; i += Vector<ushort>.Count)
            {
                var v = new Vector<ushort>(units[i..]);
                if (Vector.GreaterThanOrEqualAny(v, nonAscii))
                {
                    CountScalar(text.Slice(i, Vector<ushort>.Count), ref upper, ref lower);
                    continue;
                }
                // A lane is all ones where true: as signed 16-bit numbers each counts -1.
                upper -= Vector.Sum(Vector.AsVectorInt16(Vector.LessThan(v - upperA, letters)));
                lower -= Vector.Sum(Vector.AsVectorInt16(Vector.LessThan(v - lowerA, letters)));
                if (stopWhenNotAllCaps && (long)lower * 10 >= upper + (units.Length - i - Vector<ushort>.Count))
                {
                    return (upper, lower);
                }
            }
        }
        CountScalar(text[i..], ref upper, ref lower);
        return (upper, lower);
    }

    private static void CountScalar(ReadOnlySpan<char> text, ref int upper, ref int lower)
    {
        foreach (char c in text)
        {
            if (TextChars.IsUpper(c)) upper++;
            else if (TextChars.IsLower(c)) lower++;
        }
    }

    // A credit phrase as whole words in a short paragraph: "Underreporting by hospitals" or "sign up for federal
    // deposit insurance" in a long paragraph of reporting is no credit line.
    internal static bool IsCredit(ReadOnlySpan<char> text) =>
        // The vectorised phrase search first: most paragraphs hold no credit phrase, and counting words is slower.
        HasCreditPhrase(text) && CountWords(text, CreditMaxWords + 1) <= CreditMaxWords;

    private static bool HasCreditPhrase(ReadOnlySpan<char> text)
    {
        int offset = 0;
        while (offset < text.Length)
        {
            int found = text[offset..].IndexOfAny(CreditPhrases);
            if (found < 0)
            {
                return false;
            }
            int at = offset + found;
            foreach (var phrase in CreditPhraseList)
            {
                int end = at + phrase.Length;
                if (end <= text.Length && text.Slice(at, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)
                    && (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    return true;
                }
            }
            offset = at + 1;
        }
        return false;
    }
}
