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

    public static WordSet FromResource(string fileName) => new(LexiconResource.ReadLines(fileName));
}
