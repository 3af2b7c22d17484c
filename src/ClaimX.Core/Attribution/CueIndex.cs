namespace ClaimX.Core.Attribution;

/// <summary>The cues of a document indexed by their first and last token, with a mark for cues a claim has taken.</summary>
internal sealed class CueIndex
{
    private readonly int[] _byFirst;
    private readonly int[] _byLast;
    private readonly bool[] _used;

    public CueIndex(ClauseView view, List<Cue> cues)
    {
        Cues = cues;
        _byFirst = new int[view.Count];
        _byLast = new int[view.Count];
        Array.Fill(_byFirst, -1);
        Array.Fill(_byLast, -1);
        _used = new bool[cues.Count];
        for (int i = 0; i < cues.Count; i++)
        {
            _byFirst[cues[i].First] = i;
            _byLast[cues[i].Last] = i;
        }
    }

    public List<Cue> Cues { get; }

    public Cue? At(int token) => token >= 0 && token < _byFirst.Length && _byFirst[token] >= 0 ? Cues[_byFirst[token]] : null;

    public Cue? EndingAt(int token) => token >= 0 && token < _byLast.Length && _byLast[token] >= 0 ? Cues[_byLast[token]] : null;

    public bool IsUsed(Cue cue) => _byFirst[cue.First] is var i && i >= 0 && _used[i];

    public void MarkUsed(Cue cue)
    {
        if (_byFirst[cue.First] is var i && i >= 0)
        {
            _used[i] = true;
        }
    }
}
