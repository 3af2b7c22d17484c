using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Scanning;

/// <summary>
/// A case-insensitive lexicon map that is looked up with spans of the article text, so that matching a token
/// never allocates a substring.
/// <para>
/// The words map to indices into an array of values rather than to the values themselves: every map then shares
/// one dictionary type (string to int), which the JIT build compiles once instead of once per value type (the
/// scanners' maps hold seven): about 50 fewer of the 1,800 methods a one-article run compiles at start-up.
/// </para>
/// </summary>
internal sealed class WordMap<T>
{
    private readonly Dictionary<string, int> _indices;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly T[] _values;

    public WordMap(IEnumerable<KeyValuePair<string, T>> entries)
    {
        _indices = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        // An array grown by hand, not a List<T>: that too would be compiled once per value type.
        var values = new T[16];
        foreach (var (key, value) in entries)
        {
            // The first entry for a word wins, as the lexicon files intend.
            int next = _indices.Count;
            if (_indices.TryAdd(key, next))
            {
                if (next == values.Length)
                {
                    Array.Resize(ref values, values.Length * 2);
                }
                values[next] = value;
            }
        }
        Array.Resize(ref values, _indices.Count);
        _values = values;
        _lookup = _indices.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new LexiconFilter(_indices.Keys);
    }

    // Most tokens asked about are in no map: this rules them out before any hashing.
    private readonly LexiconFilter _filter;

    public int Count => _indices.Count;

    public IEnumerable<string> Keys => _indices.Keys;

    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        if (_filter.MayContain(word) && _lookup.TryGetValue(word, out int index))
        {
            value = _values[index];
            return true;
        }
        value = default!;
        return false;
    }

    public bool Contains(ReadOnlySpan<char> word) => _filter.MayContain(word) && _lookup.ContainsKey(word);
}
