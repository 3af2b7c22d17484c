using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ClaimX.Core.Text;

/// <summary>
/// Where a run of ASCII letters (or letters and digits) ends, sixteen characters at a time. The tokenizers'
/// word loops spent their time on the branch that ends a word at an unpredictable length; measuring the run
/// from one comparison mask leaves that branch only for runs of sixteen characters or more.
/// </summary>
internal static class AsciiRuns
{
    /// <summary>The first index at or after <paramref name="i"/> that does not hold an ASCII letter.</summary>
    public static int LettersEnd(ReadOnlySpan<char> text, int i)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            while ((uint)i <= (uint)(text.Length - 16))
            {
                var chars = Vector256.LoadUnsafe(ref first, (nuint)i);
                int run = BitOperations.TrailingZeroCount(~LetterMask(chars).ExtractMostSignificantBits());
                i += run;
                if (run < 16)
                {
                    return i;
                }
            }
        }
        while ((uint)i < (uint)text.Length && IsLetter(text[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>The first index at or after <paramref name="i"/> that holds neither an ASCII letter nor an ASCII digit.</summary>
    public static int LettersOrDigitsEnd(ReadOnlySpan<char> text, int i)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            while ((uint)i <= (uint)(text.Length - 16))
            {
                var chars = Vector256.LoadUnsafe(ref first, (nuint)i);
                var digits = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
                int run = BitOperations.TrailingZeroCount(~(LetterMask(chars) | digits).ExtractMostSignificantBits());
                i += run;
                if (run < 16)
                {
                    return i;
                }
            }
        }
        while ((uint)i < (uint)text.Length && (IsLetter(text[i]) || (uint)(text[i] - '0') <= 9))
        {
            i++;
        }
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    // Setting bit 5 maps 'A'..'Z' onto 'a'..'z' and moves no other 16-bit value into that range.
    private static Vector256<ushort> LetterMask(Vector256<ushort> chars) =>
        Vector256.LessThanOrEqual((chars | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')));
}
