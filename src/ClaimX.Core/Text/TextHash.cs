namespace ClaimX.Core.Text;

/// <summary>Deterministic FNV-1a hash over the lower-cased characters of a span (invariant, ordinal).</summary>
public static class TextHash
{
    public static int Lower(ReadOnlySpan<char> text)
    {
        unchecked
        {
            uint hash = 2166136261;
            foreach (char c in text)
            {
                // ASCII is lower-cased inline (same result as ToLowerInvariant): this runs once per token.
                uint lower = c < 0x80
                    ? ((uint)(c - 'A') <= 'Z' - 'A' ? (uint)(c | 0x20) : c)
                    : char.ToLowerInvariant(NormalizeQuote(c));
                hash = (hash ^ lower) * 16777619;
            }
            return (int)hash;
        }
    }

    // Curly apostrophes and straight ones hash alike so "didn’t" and "didn't" match one lexicon entry.
    private static char NormalizeQuote(char c) => c == '\u2019' || c == '\u2018' ? '\'' : c;
}
