using System.Runtime.CompilerServices;
using ClaimX.Core.Text;

namespace ClaimX.Core.Lexicons;

/// <summary>
/// A one-probe Bloom filter over the words of a lexicon compared ignoring case, keyed by a word's whole
/// case-blind hash (<see cref="TextHash.Lower"/>), which the text analyser's tokens already hold: a stage that has a
/// token's hash rules most words out with one bit test, before any look-up. It answers for ASCII words only; a
/// word with other characters must go to the look-up itself.
/// <para>
/// <see cref="LexiconFilter"/> keys on the length and three characters, which lets through whole families of
/// ordinary words that share them with a lexicon word ("conducted" with "concluded"). With one probe into 64 Kbit,
/// a word outside the lexicon gets a false "maybe" with a chance of about n / 65,536 for n lexicon words: 1 in 400
/// for the 160 start words, 3% for the 2,000 words that have word facts.
/// </para>
/// </summary>
internal sealed class WordHashFilter
{
    private const int BitCount = 1 << 16;
    private readonly ulong[] _bits = new ulong[BitCount / 64];

    public WordHashFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            // Every ASCII word equal to this one but for case has the key's spelling but for case, and its hash.
            if (AsciiKey(word) is { } key)
            {
                int hash = TextHash.Lower(key);
                _bits[(uint)hash >> 22] |= 1UL << (int)((uint)hash >> 16);
            }
        }
    }

    /// <summary>For an ASCII word with hash <paramref name="lowerHash"/>: false only when no word of the lexicon equals it
    /// (true may be a false "maybe").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(int lowerHash) => MayContain(_bits, lowerHash);

    /// <summary>
    /// The filter's bits, for a loop over every token to hold in a local and test with <see cref="MayContain(ulong[], int)"/>:
    /// reaching the filter through the static field and the object at each token cost more than the test.
    /// </summary>
    public ulong[] Bits => _bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayContain(ulong[] bits, int lowerHash) => (bits[(uint)lowerHash >> 22] & (1UL << (int)((uint)lowerHash >> 16))) != 0;

    /// <summary>
    /// The ASCII spelling an ASCII word must have, but for case, to equal <paramref name="word"/> ignoring case; null
    /// when none does. A word with other letters still has an ASCII twin when every one of them upper-cases to
    /// ASCII ("ı" to "I").
    /// </summary>
    public static string? AsciiKey(string word)
    {
        string key = System.Text.Ascii.IsValid(word) ? word.ToLowerInvariant() : word.ToUpperInvariant().ToLowerInvariant();
        return System.Text.Ascii.IsValid(key) ? key : null;
    }
}
