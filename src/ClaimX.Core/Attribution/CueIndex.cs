namespace ClaimX.Core.Attribution;

/// <summary>The cues of a document indexed by their first and last token, with a mark for cues a claim has taken.</summary>
internal sealed class CueIndex
{
    private readonly int[] _byFirst;
    private readonly int[] _byLast;
    private readonly bool[] _used;
    private readonly int _count;

    // The token tables are reused per thread (read only below _count); see PerThreadArray.
    [ThreadStatic]
    private static int[]? s_byFirst;

    [ThreadStatic]
    private static int[]? s_byLast;

    public CueIndex(ClauseView view, List<Cue> cues)
    {
        Cues = cues;
        _count = view.Count;
        _byFirst = PerThreadArray.Rent(ref s_byFirst, _count);
        _byLast = PerThreadArray.Rent(ref s_byLast, _count);
        _byFirst.AsSpan(0, _count).Fill(-1);
        _byLast.AsSpan(0, _count).Fill(-1);
        _used = new bool[cues.Count];
        for (int i = 0; i < cues.Count; i++)
        {
            _byFirst[cues[i].First] = i;
            _byLast[cues[i].Last] = i;
        }
    }

    public List<Cue> Cues { get; }

    public Cue? At(int token) => token >= 0 && token < _count && _byFirst[token] >= 0 ? Cues[_byFirst[token]] : null;

    public Cue? EndingAt(int token) => token >= 0 && token < _count && _byLast[token] >= 0 ? Cues[_byLast[token]] : null;

    public bool IsUsed(Cue cue) => _byFirst[cue.First] is var i && i >= 0 && _used[i];

    public void MarkUsed(Cue cue)
    {
        if (_byFirst[cue.First] is var i && i >= 0)
        {
            _used[i] = true;
        }
    }
}
