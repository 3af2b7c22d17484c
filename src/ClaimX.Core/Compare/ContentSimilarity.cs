namespace ClaimX.Core.Compare;

/// <summary>
/// How much two claims say the same thing, measured on their content-word sets (see
/// <see cref="WordNormalizer.ContentWords"/>). Containment (shared words over the smaller set) is the main measure:
/// it is 1 when one outlet quotes one sentence of another outlet's two-sentence quote, and stays high for a
/// paraphrase that keeps the quote's content words. Similar means: at least three content words in common and at
/// least half of the shorter claim's content words; or, for a short claim, its exact words (at least three, stopwords
/// included) standing in the other claim ("The water is receding." inside a longer quote).
/// </summary>
public readonly record struct ContentSimilarity(int Shared, int SmallerCount, int UnionCount, bool Verbatim = false)
{
    /// <summary>Fewer shared content words than this make two claims the same statement only verbatim: two words
    /// are often just the topic ("President Obama"), three already make a phrase ("a very good talk").</summary>
    public const int MinShared = 3;

    /// <summary>The share of the shorter claim's content words the longer one must contain.</summary>
    public const double MinContainment = 0.5;

    /// <summary>A verbatim match needs at least this many words in all, so a scare-quoted word or two is not one.</summary>
    public const int MinVerbatimWords = 3;

    public double Containment => SmallerCount == 0 ? 0 : (double)Shared / SmallerCount;

    public double Jaccard => UnionCount == 0 ? 0 : (double)Shared / UnionCount;

    public bool IsSimilar => (Shared >= MinShared && Containment >= MinContainment) || Verbatim;

    public static ContentSimilarity Of(string a, string b) =>
        Of(WordNormalizer.ContentWords(a), WordNormalizer.ContentWords(b), WordNormalizer.Sequence(a), WordNormalizer.Sequence(b));

    /// <param name="sequenceA">The claim's words in order (<see cref="WordNormalizer.Sequence"/>), used only to
    /// check a short claim for a verbatim match.</param>
    public static ContentSimilarity Of(IReadOnlySet<string> a, IReadOnlySet<string> b, string sequenceA = "", string sequenceB = "")
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        int shared = 0;
        foreach (var word in small)
        {
            if (large.Contains(word))
            {
                shared++;
            }
        }
        bool verbatim = false;
        if (shared > 0 && shared == small.Count && shared < MinShared)
        {
            var (shorter, longer) = ReferenceEquals(small, a) ? (sequenceA, sequenceB) : (sequenceB, sequenceA);
            verbatim = shorter.Count(c => c == ' ') + 1 >= MinVerbatimWords
                && $" {longer} ".Contains($" {shorter} ", StringComparison.Ordinal);
        }
        return new ContentSimilarity(shared, small.Count, a.Count + b.Count - shared, verbatim);
    }

    /// <summary>Orders candidate matches: higher containment first, then more shared words.</summary>
    public bool IsBetterThan(ContentSimilarity other) =>
        Containment > other.Containment || (Containment == other.Containment && Shared > other.Shared);
}
