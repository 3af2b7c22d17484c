using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Scanning;

/// <summary>
/// A case-insensitive lexicon map that is looked up with spans of the article text, so that matching a token
/// never allocates a substring.
/// </summary>
internal sealed class WordMap<T>
{
    private readonly Dictionary<string, T> _map;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordMap(IEnumerable<KeyValuePair<string, T>> entries)
    {
        _map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in entries)
        {
            _map.TryAdd(key, value);
        }
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new LexiconFilter(_map.Keys);
    }

    // Most tokens asked about are in no map: this rules them out before any hashing.
    private readonly LexiconFilter _filter;

    public int Count => _map.Count;

    public IEnumerable<string> Keys => _map.Keys;

    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        if (_filter.MayContain(word))
        {
            return _lookup.TryGetValue(word, out value!);
        }
        value = default!;
        return false;
    }

    public bool Contains(ReadOnlySpan<char> word) => _filter.MayContain(word) && _lookup.ContainsKey(word);
}
