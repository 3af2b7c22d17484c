namespace ClaimX.Core.Compare;

/// <summary>
/// How much two claims say the same thing, measured on their content-word sets (see
/// <see cref="WordNormalizer.ContentWords"/>). Containment (shared words over the smaller set) is the main measure:
/// it is 1 when one outlet quotes one sentence of another outlet's two-sentence quote, and stays high for a
/// paraphrase that keeps the quote's content words. Similar means: at least half of the shorter claim's content
/// words are in the longer one, and they are at least three, or two that make up the whole shorter claim.
/// </summary>
public readonly record struct ContentSimilarity(int Shared, int SmallerCount, int UnionCount)
{
    /// <summary>Fewer shared content words than this never makes two claims the same statement.</summary>
    public const int MinShared = 2;

    /// <summary>Shared content words enough on their own; with fewer, the shorter claim must be wholly contained
    /// ("a very good talk" in "We had a very good talk"), so that two topic words ("President Obama") are not
    /// taken for one statement.</summary>
    public const int SharedForPartial = 3;

    /// <summary>The share of the shorter claim's content words the longer one must contain.</summary>
    public const double MinContainment = 0.5;

    public double Containment => SmallerCount == 0 ? 0 : (double)Shared / SmallerCount;

    public double Jaccard => UnionCount == 0 ? 0 : (double)Shared / UnionCount;

    public bool IsSimilar => Shared >= MinShared && Containment >= MinContainment
        && (Shared >= SharedForPartial || Shared == SmallerCount);

    public static ContentSimilarity Of(string a, string b) =>
        Of(WordNormalizer.ContentWords(a), WordNormalizer.ContentWords(b));

    public static ContentSimilarity Of(IReadOnlySet<string> a, IReadOnlySet<string> b)
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
        return new ContentSimilarity(shared, small.Count, a.Count + b.Count - shared);
    }

    /// <summary>Orders candidate matches: higher containment first, then more shared words.</summary>
    public bool IsBetterThan(ContentSimilarity other) =>
        Containment > other.Containment || (Containment == other.Containment && Shared > other.Shared);
}
