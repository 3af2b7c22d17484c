namespace ClaimX.Core.Lexicons;

/// <summary>
/// A case-insensitive set of lexicon entries, looked up by span without allocation. Entries of several words
/// (titles such as "Secretary of State") are kept with single spaces; <see cref="MaxWords"/> bounds the lookup.
/// Curly apostrophes are not folded here: callers pass words, which never contain them in these lexicons.
/// </summary>
public sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // The most words of an entry by its first and by its last word: a phrase look-up at a word that starts (ends)
    // no entry is over after one look-up instead of one per possible length.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _maxWordsByFirst;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _maxWordsByLast;

    // Most words asked about are in no set: these rule them out before any hashing.
    private readonly LexiconFilter _filter;
    private readonly LexiconFilter _firstFilter;
    private readonly LexiconFilter _lastFilter;

    public WordSet(IEnumerable<string> entries)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var byFirst = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var byLast = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            set.Add(entry);
            int words = entry.Count(' ') + 1;
            MaxWords = Math.Max(MaxWords, words);
            string first = entry.IndexOf(' ') is var space && space >= 0 ? entry[..space] : entry;
            string last = entry[(entry.LastIndexOf(' ') + 1)..];
            byFirst[first] = Math.Max(byFirst.GetValueOrDefault(first), words);
            byLast[last] = Math.Max(byLast.GetValueOrDefault(last), words);
        }
        Count = set.Count;
        Entries = set;
        FirstWords = byFirst.Keys;
        LastWords = byLast.Keys;
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxWordsByFirst = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxWordsByLast = byLast.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new LexiconFilter(set);
        _firstFilter = new LexiconFilter(byFirst.Keys);
        _lastFilter = new LexiconFilter(byLast.Keys);
    }

    /// <summary>The most words of an entry whose first word is <paramref name="word"/>; 0 when none starts with it.</summary>
    public int MaxWordsStartingWith(ReadOnlySpan<char> word) =>
        _firstFilter.MayContain(word) && _maxWordsByFirst.TryGetValue(word, out int words) ? words : 0;

    /// <summary>The most words of an entry whose last word is <paramref name="word"/>; 0 when none ends with it.</summary>
    public int MaxWordsEndingWith(ReadOnlySpan<char> word) =>
        _lastFilter.MayContain(word) && _maxWordsByLast.TryGetValue(word, out int words) ? words : 0;

    public int Count { get; }

    /// <summary>The entries, and the first and the last words of entries (for filters built over several sets).</summary>
    internal IReadOnlyCollection<string> Entries { get; }

    internal IReadOnlyCollection<string> FirstWords { get; }

    internal IReadOnlyCollection<string> LastWords { get; }

    // This set's bits in the per-token word facts of the attribution stage (Attribution.WordFacts), 0 while it has
    // none: whether a word is an entry, is one as a noun (plural or singular), or starts or ends an entry. Set once,
    // when the word facts are first needed; a set without them is simply asked.
    internal ulong MemberFact;
    internal ulong NounFact;
    internal ulong StartFact;
    internal ulong EndFact;

    public int MaxWords { get; }

    public bool Contains(ReadOnlySpan<char> word) => _filter.MayContain(word) && _lookup.Contains(word);

    /// <summary>Whether the word or its singular ("groups", "agencies", "witnesses") is an entry.</summary>
    public bool ContainsNoun(ReadOnlySpan<char> word)
    {
        if (Contains(word))
        {
            return true;
        }
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
        {
            Span<char> singular = stackalloc char[word.Length - 2];
            word[..^3].CopyTo(singular);
            singular[^1] = 'y';
            return Contains(singular);
        }
        if (word.Length > 3 && word.EndsWith("es", StringComparison.OrdinalIgnoreCase) && Contains(word[..^2]))
        {
            return true;
        }
        return word.Length > 2 && word.EndsWith('s') && Contains(word[..^1]);
    }

    public static WordSet FromResource(string fileName) => new(LexiconResource.ReadLines(fileName));
}
