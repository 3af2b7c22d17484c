using ClaimX.Core.Scanning;

namespace ClaimX.Core.Figures;

/// <summary>
/// Finds what a number counts: the head of the noun phrase after it. Modifiers are skipped ("four Taliban
/// fighters" -> fighters, "43 attacks on Afghan troops" -> attacks): the phrase ends at a preposition,
/// determiner, conjunction, verb or punctuation, and its head is the first plural noun, else its last word.
/// Multiword heads from the unit-heads lexicon stay whole ("11 security forces" -> security forces).
/// </summary>
internal static class UnitHeadFinder
{
    private const int MaxPhraseWords = 5;

    /// <param name="next">The first token after the number (and its percent sign or currency word).</param>
    public static string? Find(ScanContext context, int next, bool afterMagnitude)
    {
        var c = context;
        int i = next;
        if (afterMagnitude && c.Is(i, "of"))
        {
            i++; // "hundreds of people"
        }
        else if (c.Is(i, "of") && c.IsWord(i + 1) && ScanLexicons.OrdinalDeterminers.Contains(c.Span(i + 1)))
        {
            i += 2; // partitive: "four of the attackers"
        }
        if (c.IsDash(i) && c.Touches(i) && c.IsWord(i + 1) && c.Touches(i + 1))
        {
            // A compound modifier: "an 11-day pause", "a 10-year-old boy": the unit is the compound's word(s).
            int last = i + 1;
            while (c.IsDash(last + 1) && c.Touches(last + 1) && c.IsWord(last + 2) && c.Touches(last + 2))
            {
                last += 2;
            }
            return c.TextOf(i + 1, last).ToLowerInvariant();
        }

        int words = 0;
        int lastWordFirst = -1, lastWordLast = -1;
        while (words < MaxPhraseWords && c.IsWord(i))
        {
            var word = c.Span(i);
            if (ScanLexicons.UnitStopWords.Contains(word) || ScanLexicons.NumberWords.Contains(word)
                || ScanLexicons.Weekdays.Contains(word) || (c.IsCapitalized(i) && ScanLexicons.Months.Contains(word)))
            {
                break;
            }
            int wordLast = WordEnd(c, i);
            if (words > 0 && c.IsLower(i) && LooksLikeVerb(word) && EndsPhrase(c, wordLast + 1))
            {
                break; // "one man died in ...": a verb; "newly elected lawmakers": a participle modifier
            }
            words++;
            if (wordLast == i && word.Length > 4 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && c.IsWord(i + 1))
            {
                i++;
                continue; // an adverb inside the phrase ("newly elected") is never its head
            }
            if (wordLast == i && IsPlural(word))
            {
                return Multiword(c, i) ?? word.ToString().ToLowerInvariant();
            }
            lastWordFirst = i;
            lastWordLast = wordLast;
            i = wordLast + 1;
        }
        if (lastWordFirst < 0)
        {
            return null;
        }
        return Multiword(c, lastWordFirst) ?? c.TextOf(lastWordFirst, lastWordLast).ToLowerInvariant();
    }

    public static bool IsPlural(ReadOnlySpan<char> word)
    {
        if (ScanLexicons.IrregularPlurals.Contains(word))
        {
            return true;
        }
        if (word.Length <= 3 || (word[^1] != 's' && word[^1] != 'S'))
        {
            return false;
        }
        return !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase);
    }

    // The last token of a word that continues with hyphens or abbreviation periods ("long-range", "U.S.").
    private static int WordEnd(ScanContext c, int i)
    {
        int last = i;
        while (true)
        {
            if ((c.IsDash(last + 1) || c.IsSymbol(last + 1, '.')) && c.Touches(last + 1) && c.Touches(last + 2)
                && (c.IsWord(last + 2) || (c.IsNumber(last + 2) && c.IsDash(last + 1)))
                && (c.IsDash(last + 1) || c.Span(last).Length <= 2))
            {
                last += 2;
                continue;
            }
            if (c.IsSymbol(last + 1, '.') && c.Touches(last + 1) && c.Span(last).Length <= 2 && last > i)
            {
                last += 1; // the final period of "U.S."
            }
            return last;
        }
    }

    private static bool LooksLikeVerb(ReadOnlySpan<char> word) =>
        (word.Length >= 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        || (word.Length >= 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        || ScanLexicons.PastMarkers.Contains(word);

    // Nothing nominal follows: punctuation, the end, or a word that ends a noun phrase.
    private static bool EndsPhrase(ScanContext c, int next) =>
        !c.IsWord(next) || ScanLexicons.UnitStopWords.Contains(c.Span(next));

    // "security forces": the head with the word before or after it, if the pair is a listed head.
    private static string? Multiword(ScanContext c, int head)
    {
        for (int first = head - 2; first <= head; first++)
        {
            if (first >= 0 && ScanLexicons.UnitHeads.MatchStartingAt(c, first, out int last, out string phrase) && last >= head)
            {
                return phrase;
            }
        }
        return null;
    }
}
