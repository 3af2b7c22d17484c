using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ClaimX.Core.Text;

/// <summary>
/// Deterministic hash over the lower-cased characters of a span (invariant, ordinal; curly and straight
/// apostrophes alike), so that lexicon checks compare a token's precomputed hash instead of its text.
/// Every token is hashed, so this is on the hot path: an FNV-1a-style hash over blocks of four characters,
/// lower-cased four at a time when they are all ASCII, then the length and a final mix.
/// </summary>
public static class TextHash
{
    internal const ulong Basis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const ulong NonAscii = 0xFF80_FF80_FF80_FF80UL;

    public static int Lower(ReadOnlySpan<char> text) => Lower(text, out _);

    /// <summary>The hash, and whether every character is ASCII (callers that treat ASCII words apart need both).</summary>
    internal static int Lower(ReadOnlySpan<char> text, out bool ascii)
    {
        ulong hash = Basis;
        ulong seen = 0;
        int i = 0;
        for (; i + 4 <= text.Length; i += 4)
        {
            var block = text.Slice(i, 4);
            ulong lanes = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(block));
            seen |= lanes;
            lanes = BitConverter.IsLittleEndian && (lanes & NonAscii) == 0 ? LowerAscii(lanes) : Lanes(block);
            hash = Step(hash, lanes);
        }
        if (i < text.Length)
        {
            var rest = text[i..];
            foreach (char c in rest)
            {
                seen |= c;
            }
            hash = Step(hash, Lanes(rest));
        }
        ascii = (seen & NonAscii) == 0;
        return Finish(hash, text.Length);
    }

    /// <summary>
    /// Folds one block of up to four lower-cased characters, one per 16-bit lane from the lowest, into the hash.
    /// The tokenizer calls this directly when it has the lanes at hand, with the same result as <see cref="Lower"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Step(ulong hash, ulong lanes) => unchecked((hash ^ lanes) * Prime);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Finish(ulong hash, int length)
    {
        unchecked
        {
            hash = Step(hash, (ulong)length);
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
