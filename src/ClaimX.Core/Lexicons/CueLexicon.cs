namespace ClaimX.Core.Lexicons;

/// <summary>
/// The reporting cues of reporting-verbs.txt, loaded once, looked up by span without allocation. Multi-word
/// cues ("called on", "according to") are keyed with single spaces between words.
/// </summary>
public sealed class CueLexicon
{
    // Each form maps to its entry's index in _entries rather than to the entry: a dictionary of string to int is
    // one the JIT build has compiled already for other lexicons, where one per entry type costs start-up.
    private readonly Dictionary<string, int> _forms;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly CueEntry[] _entries;

    // The longest form starting with each first word: most words of a text start no form, and are ruled out
    // with one look-up instead of one per possible length.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _maxWordsByFirst;

    private CueLexicon(Dictionary<string, int> forms, CueEntry[] entries)
    {
        _forms = forms;
        _entries = entries;
        _lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        var byFirst = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, index) in forms)
        {
            int words = entries[index].WordCount;
            MaxWords = Math.Max(MaxWords, words);
            string first = key.IndexOf(' ') is var space && space >= 0 ? key[..space] : key;
            byFirst[first] = Math.Max(byFirst.GetValueOrDefault(first), words);
        }
        _maxWordsByFirst = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        FirstWords = byFirst.Keys;
        _filter = new LexiconFilter(forms.Keys);
        _firstFilter = new LexiconFilter(byFirst.Keys);
    }

    // Most words of a text are no cue: these rule them out before any hashing.
    private readonly LexiconFilter _filter;
    private readonly LexiconFilter _firstFilter;

    public static CueLexicon Default { get; } = Load(LexiconResource.ReadLines("reporting-verbs.txt"));

    /// <summary>The longest cue, in words.</summary>
    public int MaxWords { get; }

    public int Count => _forms.Count;

    /// <summary>Every form, and every form's first word (for filters built over several lexicons).</summary>
    internal IReadOnlyCollection<string> Forms => _forms.Keys;

    internal IReadOnlyCollection<string> FirstWords { get; }

    /// <summary>Parses lexicon lines of the form "class | lemma | form, form, ...".</summary>
    public static CueLexicon Load(IEnumerable<string> lines)
    {
        var forms = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        // Grown by hand, not a List<CueEntry>: that would be one more generic type to compile at start-up.
        var entries = new CueEntry[256];
        foreach (var line in lines)
        {
            var fields = line.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length < 2 || !Enum.TryParse<CueClass>(fields[0], ignoreCase: true, out var cueClass))
            {
                throw new InvalidDataException($"reporting-verbs lexicon: bad line '{line}'");
            }
            string lemma = fields[1];
            bool source = lemma.Equals("according to", StringComparison.OrdinalIgnoreCase)
                || lemma.Equals("in the words of", StringComparison.OrdinalIgnoreCase);
            Add(forms, ref entries, lemma, lemma, cueClass, source ? CueForm.Source : CueForm.Finite);
            if (fields.Length > 2)
            {
                foreach (var form in fields[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var firstWord = form.AsSpan(0, form.IndexOf(' ') is var space && space > 0 ? space : form.Length);
                    Add(forms, ref entries, form, lemma, cueClass, firstWord.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? CueForm.Participle : CueForm.Finite);
                }
            }
        }
        Array.Resize(ref entries, forms.Count);
        return new CueLexicon(forms, entries);
    }

    /// <summary>The most words of a form whose first word is <paramref name="firstWord"/>; 0 when no form starts with it.</summary>
    public int MaxWordsStartingWith(ReadOnlySpan<char> firstWord) =>
        _firstFilter.MayContain(firstWord) && _maxWordsByFirst.TryGetValue(firstWord, out int words) ? words : 0;

    /// <summary>Looks up one form ("said", "called on"); words must be separated by single spaces.</summary>
    public bool TryGet(ReadOnlySpan<char> form, out CueEntry entry)
    {
        if (_filter.MayContain(form) && _lookup.TryGetValue(form, out int index))
        {
            entry = _entries[index];
            return true;
        }
        entry = default;
        return false;
    }

    private static void Add(Dictionary<string, int> forms, ref CueEntry[] entries, string form, string lemma, CueClass cueClass, CueForm cueForm)
    {
        int words = form.Count(' ') + 1;
        // The first class listed for a form wins, so a form listed twice keeps the class of its main sense.
        int next = forms.Count;
        if (forms.TryAdd(form, next))
        {
            if (next == entries.Length)
            {
                Array.Resize(ref entries, entries.Length * 2);
            }
            entries[next] = new CueEntry(lemma, cueClass, words, cueForm);
        }
    }
}
