using ClaimX.Core.Scanning;

namespace ClaimX.Core.Figures;

/// <summary>
/// Finds what a number counts: the head of the noun phrase after it. Modifiers are skipped ("four rebel
/// fighters" -> fighters, "43 attacks on army posts" -> attacks): the phrase ends at a preposition,
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
            i++; // "hundreds of people", "two-thirds of the voters"
            if (c.IsWord(i) && ScanLexicons.OrdinalDeterminers.Contains(c.Span(i)))
            {
                i++;
            }
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

        // "25 million more people", "three other men": a comparative before the noun is not its head.
        if ((c.Is(i, "more") || c.Is(i, "fewer") || c.Is(i, "other") || c.Is(i, "additional") || c.Is(i, "extra"))
            && c.IsWord(i + 1) && !c.Is(i + 1, "than") && !ScanLexicons.UnitStopWords.Contains(c.Span(i + 1)))
        {
            i++;
        }
        int words = 0;
        int lastWordFirst = -1, lastWordLast = -1;
        while (words < MaxPhraseWords && c.IsWord(i))
        {
            var word = c.Span(i);
            // A possessive starts the phrase over: "a quarter of Hillary Clinton's donors" counts donors.
            if (c.Valid(i + 1) && c.Touches(i + 1) && c.Kind(i + 1) == ScanTokenKind.Symbol && ScanTokenizer.IsApostrophe(c.Text[c[i + 1].Start])
                && c.Is(i + 2, "s") && c.Touches(i + 2) && c.IsWord(i + 3))
            {
                words = 0;
                lastWordFirst = -1;
                i += 3;
                continue;
            }
            if (ScanLexicons.UnitStopWords.Contains(word) || ScanLexicons.NumberWords.Contains(word) || HasApostrophe(word)
                || ScanLexicons.Weekdays.Contains(word) || (c.IsCapitalized(i) && ScanLexicons.Months.Contains(word)))
            {
                break;
            }
            int wordLast = WordEnd(c, i);
            if (c.IsLower(i) && LooksLikeVerb(word) && EndsPhrase(c, wordLast + 1) && (words > 0 || !IsPlural(word)))
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
        if (ScanLexicons.SingularInS.Contains(word))
        {
            return false;
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

    // "wasn't", "don't": a contracted verb ends the phrase.
    private static bool HasApostrophe(ReadOnlySpan<char> word) => word.IndexOfAny('\'', '\u2019') >= 0;

    private static bool LooksLikeVerb(ReadOnlySpan<char> word) =>
        (word.Length >= 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        || (word.Length >= 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        || ScanLexicons.PastMarkers.Contains(word);

    // Nothing nominal follows: punctuation, the end, or a word that ends a noun phrase.
    private static bool EndsPhrase(ScanContext c, int next) =>
        !c.IsWord(next) || ScanLexicons.UnitStopWords.Contains(c.Span(next))
        || (c.Span(next).Length > 4 && c.Span(next).EndsWith("ly", StringComparison.OrdinalIgnoreCase));

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
