namespace ClaimX.Core.Attribution;

/// <summary>
/// A document's clause tokens and what the tokenizer noted of them on its way through the text, all in the
/// thread's reused buffers (valid until the thread tokenizes another document): each token's
/// <see cref="WordFacts.Pending"/> value, and the words that later passes over the whole document start from, so
/// that those passes need not test every token again.
/// </summary>
internal readonly struct ClauseTokenBuffers(
    ClauseToken[] tokens, int count, ulong[] pending, int[] capitalized, int capitalizedCount, int[] cueStarts, int cueStartCount)
{
    /// <summary>The tokens: the first <see cref="Count"/> of the array.</summary>
    public ClauseToken[] Tokens { get; } = tokens;

    public int Count { get; } = count;

    /// <summary>Each token's <see cref="WordFacts.Pending"/> value (with its hash when known), else <see cref="WordFacts.Unused"/>.</summary>
    public ulong[] Pending { get; } = pending;

    /// <summary>The words whose first letter is upper case, in text order.</summary>
    public ReadOnlySpan<int> Capitalized => _capitalized.AsSpan(0, _capitalizedCount);

    /// <summary>
    /// The words a cue of the default lexicon may start with, in text order: every word but those its hash rules
    /// out (<see cref="WordFacts.MayStartCue"/>).
    /// </summary>
    public ReadOnlySpan<int> CueStarts => _cueStarts.AsSpan(0, _cueStartCount);

    private readonly int[] _capitalized = capitalized;
    private readonly int _capitalizedCount = capitalizedCount;
    private readonly int[] _cueStarts = cueStarts;
    private readonly int _cueStartCount = cueStartCount;
}
