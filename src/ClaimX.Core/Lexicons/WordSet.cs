namespace ClaimX.Core.Lexicons;

/// <summary>
/// A case-insensitive set of lexicon entries, looked up by span without allocation. Entries of several words
/// (titles such as "Secretary of State") are kept with single spaces; <see cref="MaxWords"/> bounds the lookup.
/// Curly apostrophes are not folded here: callers pass words, which never contain them in these lexicons.
/// </summary>
public sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> entries)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            set.Add(entry);
            MaxWords = Math.Max(MaxWords, entry.Count(' ') + 1);
        }
        Count = set.Count;
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; }

    public int MaxWords { get; }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>Whether the word or its singular ("groups", "agencies", "witnesses") is an entry.</summary>
    public bool ContainsNoun(ReadOnlySpan<char> word)
    {
        if (_lookup.Contains(word))
        {
            return true;
        }
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
        {
            Span<char> singular = stackalloc char[word.Length - 2];
            word[..^3].CopyTo(singular);
            singular[^1] = 'y';
            return _lookup.Contains(singular);
        }
        if (word.Length > 3 && word.EndsWith("es", StringComparison.OrdinalIgnoreCase) && _lookup.Contains(word[..^2]))
        {
            return true;
        }
        return word.Length > 2 && word.EndsWith('s') && _lookup.Contains(word[..^1]);
    }

    public static WordSet FromResource(string fileName) => new(LexiconResource.ReadLines(fileName));
}
