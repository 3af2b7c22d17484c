namespace ClaimX.Core.Attribution;

/// <summary>
/// Hands out an int array kept in a caller's [ThreadStatic] slot, grown when a document needs more. The
/// attribution stage's per-token tables live only while one document is attributed on the thread, and
/// allocating them anew for every document was a main source of the garbage collections of a batch run.
/// The array may be longer than asked and holds the previous document's values: callers write what they read.
/// </summary>
internal static class PerThreadArray
{
    public static int[] Rent(ref int[]? slot, int length)
    {
        if (slot is null || slot.Length < length)
        {
            slot = new int[Math.Max(length, (slot?.Length ?? 512) * 2)];
        }
        return slot;
    }
}
