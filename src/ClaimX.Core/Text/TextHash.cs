using System.Runtime.InteropServices;

namespace ClaimX.Core.Text;

/// <summary>
/// Deterministic hash over the lower-cased characters of a span (invariant, ordinal; curly and straight
/// apostrophes alike), so that lexicon checks compare a token's precomputed hash instead of its text.
/// Every token is hashed, so this is on the hot path: an FNV-1a-style hash over blocks of four characters,
/// lower-cased four at a time when they are all ASCII, with the length in the seed and a final mix.
/// </summary>
public static class TextHash
{
    private const ulong Prime = 1099511628211UL;
    private const ulong NonAscii = 0xFF80_FF80_FF80_FF80UL;

    public static int Lower(ReadOnlySpan<char> text)
    {
        unchecked
        {
            ulong hash = 14695981039346656037UL ^ (ulong)text.Length;
            int i = 0;
            for (; i + 4 <= text.Length; i += 4)
            {
                var block = text.Slice(i, 4);
                ulong lanes = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(block));
                lanes = BitConverter.IsLittleEndian && (lanes & NonAscii) == 0 ? LowerAscii(lanes) : Lanes(block);
                hash = (hash ^ lanes) * Prime;
            }
            if (i < text.Length)
            {
                hash = (hash ^ Lanes(text[i..])) * Prime;
            }
            hash ^= hash >> 32;
            hash *= 0xD6E8FEB86659FD93UL;
            hash ^= hash >> 32;
            return (int)hash;
        }
    }

    // Four ASCII characters, one per 16-bit lane: add 0x20 to the lanes holding 'A'..'Z'.
    private static ulong LowerAscii(ulong lanes)
    {
        const ulong Lane80 = 0x0080_0080_0080_0080UL;
        ulong atLeastA = lanes + (0x80 - 'A') * 0x0001_0001_0001_0001UL;
        ulong aboveZ = lanes + (0x80 - 'Z' - 1) * 0x0001_0001_0001_0001UL;
        ulong upper = atLeastA & ~aboveZ & Lane80;
        return lanes | (upper >> 2);
    }

    // Up to four characters lower-cased one by one, packed as the little-endian read above packs them.
    private static ulong Lanes(ReadOnlySpan<char> chars)
    {
        ulong lanes = 0;
        for (int k = 0; k < chars.Length && k < 4; k++)
        {
            lanes |= (ulong)LowerChar(chars[k]) << (16 * k);
        }
        return lanes;
    }

    private static uint LowerChar(char c) =>
        c < 0x80
            ? ((uint)(c - 'A') <= 'Z' - 'A' ? (uint)(c | 0x20) : c)
            : char.ToLowerInvariant(NormalizeQuote(c));

    // Curly apostrophes and straight ones hash alike so "didn’t" and "didn't" match one lexicon entry.
    private static char NormalizeQuote(char c) => c == '\u2019' || c == '\u2018' ? '\'' : c;
}
