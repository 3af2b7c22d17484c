using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>
/// Finds the measure noun a figure is an amount of, from the words around it in its claim, in this order:
/// "NOUN of FIGURE" ("income of $2.1 million"; any noun but the few in compare-not-measures.txt);
/// "FIGURE in|of MEASURE" ("$2.3 million in revenue"); a measure noun (compare-measure-nouns.txt) among the six
/// words before the figure in the same clause ("revenue rose to $2.3 million").
/// </summary>
public static class FigureMeasure
{
    private const int ClauseWindow = 6;
    private static readonly char[] ClauseBreaks = [';', ':', '.', '!', '?', '\u2014', '\u2013', '(', ')', '"', '\u201C', '\u201D'];

    public static string? Find(Claim claim, Figure figure)
    {
        var quote = claim.Quote;
        int start = figure.Start - claim.Start;
        int end = figure.End - claim.Start;
        if (start < 0 || end > quote.Length || start > end || !quote.AsSpan(start, end - start).SequenceEqual(figure.Text))
        {
            // Offsets that do not point at the figure's text (a claims file edited by hand): look the text up.
            start = string.IsNullOrEmpty(figure.Text) ? -1 : quote.IndexOf(figure.Text, StringComparison.Ordinal);
            if (start < 0)
            {
                return null;
            }
            end = start + figure.Text.Length;
        }

        var beforeWords = LowerWords(ClauseBefore(quote.AsSpan(0, start)), int.MaxValue);
        if (beforeWords.Count >= 2 && beforeWords[^1] == "of" && IsMeasureCandidate(beforeWords[^2]))
        {
            return FigureThing.Canonical(beforeWords[^2]);
        }

        var afterWords = LowerWords(quote.AsSpan(end), 3);
        for (int i = 0; i + 1 < afterWords.Count; i++)
        {
            if (afterWords[i] is "in" or "of" && IsMeasureNoun(afterWords[i + 1]))
            {
                return FigureThing.Canonical(afterWords[i + 1]);
            }
        }

        for (int i = beforeWords.Count - 1; i >= Math.Max(0, beforeWords.Count - ClauseWindow); i--)
        {
            if (IsMeasureNoun(beforeWords[i]))
            {
                return FigureThing.Canonical(beforeWords[i]);
            }
        }
        return null;
    }

    private static ReadOnlySpan<char> ClauseBefore(ReadOnlySpan<char> text)
    {
        int cut = text.LastIndexOfAny(ClauseBreaks);
        // A comma ends a clause too, but not one inside a number ("5,000").
        for (int i = text.Length - 1; i > cut; i--)
        {
            if (text[i] == ',' && !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                cut = i;
                break;
            }
        }
        return text[(cut + 1)..];
    }

    private static List<string> LowerWords(ReadOnlySpan<char> text, int limit)
    {
        var words = new List<string>();
        foreach (var span in WordNormalizer.WordSpans(text))
        {
            if (words.Count == limit)
            {
                break;
            }
            words.Add(WordNormalizer.Lower(text[span.Start..span.End]));
        }
        return words;
    }

    private static bool IsMeasureNoun(string word) => CompareLexicons.MeasureNouns.Contains(word);

    private static bool IsMeasureCandidate(string word) =>
        word.Length > 2 && char.IsLetter(word[0]) && !CompareLexicons.Stopwords.Contains(word)
        && !CompareLexicons.NotMeasures.Contains(word) && !CompareLexicons.NumberWords.ContainsKey(word);
}
