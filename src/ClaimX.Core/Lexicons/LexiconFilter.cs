using System.Runtime.CompilerServices;

namespace ClaimX.Core.Lexicons;

/// <summary>
/// A one-probe Bloom filter in front of a case-insensitive lexicon. Most words of a text are in no lexicon, and a
/// hash-set look-up hashes the whole word case-insensitively before it can say no; this rules most of them out
/// from the word's length and three of its characters. "Maybe" answers go on to the real look-up, so results never
/// change: two spans equal under <see cref="StringComparison.OrdinalIgnoreCase"/> always get the same key.
/// </summary>
internal sealed class LexiconFilter
{
    private const int Bits = 4096;
    private readonly ulong[] _bits = new ulong[Bits / 64];

    public LexiconFilter(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            if (TryKey(entry, out int key))
            {
                _bits[key >> 6] |= 1UL << key;
            }
            else
            {
                // An entry the key cannot fold safely (a surrogate at a probed place) lets every word through.
                Array.Fill(_bits, ulong.MaxValue);
                return;
            }
        }
    }

    /// <summary>False when no entry can equal <paramref name="word"/>; true when one may.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word) =>
        !TryKey(word, out int key) || (_bits[key >> 6] & (1UL << key)) != 0;

    // Length, first, second and last character, each folded as OrdinalIgnoreCase folds it (the invariant upper
    // case of one UTF-16 unit). A surrogate's case depends on its pair, so words probed at one are not keyed.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryKey(ReadOnlySpan<char> word, out int key)
    {
        key = 0;
        if (word.IsEmpty)
        {
            return true;
        }
        char first = word[0], second = word.Length > 1 ? word[1] : '\0', last = word[^1];
        if (char.IsSurrogate(first) || char.IsSurrogate(second) || char.IsSurrogate(last))
        {
            return false;
        }
        uint h = (uint)word.Length * 0x9E3779B1u;
        h = (h ^ Fold(first)) * 0x85EBCA77u;
        h = (h ^ Fold(second)) * 0xC2B2AE3Du;
        h = (h ^ Fold(last)) * 0x27D4EB2Fu;
        key = (int)(h >> 20) & (Bits - 1);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(char c) => c < 128 ? (c is >= 'a' and <= 'z' ? (uint)c - 32 : c) : char.ToUpperInvariant(c);
}
