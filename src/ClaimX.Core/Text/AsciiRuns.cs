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
/// <remarks>
/// Written for the instruction set the Native AOT build targets (baseline x64, SSE2 only): 128-bit vectors,
/// signed 16-bit comparisons, and masks narrowed to bytes before their top bits are gathered, because 256-bit
/// vectors, unsigned comparisons and the 16-bit bit gather fall back to scalar code there.
/// </remarks>
internal static class AsciiRuns
{
    /// <summary>The first index at or after <paramref name="i"/> that does not hold an ASCII letter.</summary>
    public static int LettersEnd(ReadOnlySpan<char> text, int i)
    {
        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            while ((uint)i <= (uint)(text.Length - 16))
            {
                var low = Vector128.LoadUnsafe(ref first, (nuint)i);
                var high = Vector128.LoadUnsafe(ref first, (nuint)i + 8);
                int run = BitOperations.TrailingZeroCount(~Bits(LetterMask(low), LetterMask(high)));
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
        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            while ((uint)i <= (uint)(text.Length - 16))
            {
                var low = Vector128.LoadUnsafe(ref first, (nuint)i);
                var high = Vector128.LoadUnsafe(ref first, (nuint)i + 8);
                int run = BitOperations.TrailingZeroCount(~Bits(LetterMask(low) | DigitMask(low), LetterMask(high) | DigitMask(high)));
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

    /// <summary>All ones in the lanes holding an ASCII letter of either case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> LetterMask(Vector128<ushort> chars) =>
        InRange(chars | Vector128.Create((ushort)0x20), 'a', 'z' - 'a' + 1);

    /// <summary>All ones in the lanes holding an ASCII digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> DigitMask(Vector128<ushort> chars) => InRange(chars, '0', 10);

    /// <summary>One bit per lane of two lane masks (all ones or all zeros), the first mask's lanes lowest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Bits(Vector128<ushort> lowMask, Vector128<ushort> highMask) =>
        Vector128.Narrow(lowMask, highMask).ExtractMostSignificantBits();

    // first <= lane < first + count, as one signed comparison: shifting by 0x8000 - first maps the range onto the
    // lowest signed values and every other 16-bit value above them.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> InRange(Vector128<ushort> chars, int first, int count) =>
        Vector128.LessThan((chars + Vector128.Create((ushort)(0x8000 - first))).AsInt16(), Vector128.Create((short)(short.MinValue + count))).AsUInt16();
}
