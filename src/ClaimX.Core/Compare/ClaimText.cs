namespace ClaimX.Core.Compare;

/// <summary>
/// A claim's content prepared for comparison: its content words and word sequence, whole and per fragment. A
/// fragment is a sentence or a quoted stretch ("I spoke to the leader of the Taliban today," / "We had a very good
/// talk."), so that a claim that runs two statements together, or carries its attribution inside ("..." he added.
/// "..."), still meets another outlet's claim of just one of them.
/// </summary>
public sealed class ClaimText
{
    private static readonly char[] QuoteMarks = ['"', '\u201C', '\u201D'];

    public ClaimText(string quote)
    {
        Words = WordNormalizer.ContentWords(quote);
        Sequence = WordNormalizer.Sequence(quote);
        var fragments = Split(quote);
        Fragments = fragments.Count > 1
            ? fragments.Select(f => (WordNormalizer.ContentWords(f), WordNormalizer.Sequence(f))).Where(f => f.Item1.Count > 0).ToList()
            : [];
        SmallestWordCount = Fragments.Count == 0 ? Words.Count : Math.Min(Words.Count, Fragments.Min(f => f.Words.Count));
    }

    public HashSet<string> Words { get; }

    /// <summary>The fewest content words of the whole claim or any of its fragments.</summary>
    public int SmallestWordCount { get; }

    public string Sequence { get; }

    /// <summary>Content words and word sequence of each fragment; empty when the claim is one fragment.</summary>
    public IReadOnlyList<(HashSet<string> Words, string Sequence)> Fragments { get; }

    /// <summary>The best similarity between the two claims, whole to whole or one's fragment to the other whole.</summary>
    public static ContentSimilarity Compare(ClaimText a, ClaimText b)
    {
        var best = ContentSimilarity.Of(a.Words, b.Words, a.Sequence, b.Sequence);
        foreach (var (words, sequence) in a.Fragments)
        {
            best = Better(best, ContentSimilarity.Of(words, b.Words, sequence, b.Sequence));
        }
        foreach (var (words, sequence) in b.Fragments)
        {
            best = Better(best, ContentSimilarity.Of(a.Words, words, a.Sequence, sequence));
        }
        return best;
    }

    private static ContentSimilarity Better(ContentSimilarity current, ContentSimilarity candidate) =>
        candidate.IsSimilar && (!current.IsSimilar || candidate.IsBetterThan(current)) ? candidate : current;

    // Sentence ends followed by a space or a quote mark, and double quote marks, cut the text into fragments.
    private static List<string> Split(string quote)
    {
        var fragments = new List<string>();
        int start = 0;
        for (int i = 0; i < quote.Length; i++)
        {
            char c = quote[i];
            bool cut = Array.IndexOf(QuoteMarks, c) >= 0
                || (c is '.' or '?' or '!' or ';' && (i + 1 == quote.Length || char.IsWhiteSpace(quote[i + 1]) || Array.IndexOf(QuoteMarks, quote[i + 1]) >= 0));
            if (cut)
            {
                Add(fragments, quote, start, i + 1);
                start = i + 1;
            }
        }
        Add(fragments, quote, start, quote.Length);
        return fragments;
    }

    private static void Add(List<string> fragments, string quote, int start, int end)
    {
        if (end > start && quote.AsSpan(start, end - start).ContainsAnyExcept(" \t\r\n\"\u201C\u201D.,;:?!'\u2018\u2019-\u2013\u2014"))
        {
            fragments.Add(quote[start..end]);
        }
    }
}
