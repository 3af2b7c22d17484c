using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Scanning;

/// <summary>
/// Multiword lexicon entries ("at least", "going to") matched token by token against a <see cref="ScanContext"/>.
/// Each phrase is tokenized with the same rules as the text, so "approx." is the word and its period.
/// </summary>
internal sealed class PhraseList
{
    // The phrases by their first and by their last token, each list longest first as the whole list was: a
    // phrase can match only where its first (last) token does, so one look-up, mostly answered by the filter,
    // replaces a comparison with every phrase at every token (the tense detector asks at each token of a sentence).
    private readonly Dictionary<string, (string Phrase, string[] Parts)[]>.AlternateLookup<ReadOnlySpan<char>> _byFirst;
    private readonly Dictionary<string, (string Phrase, string[] Parts)[]>.AlternateLookup<ReadOnlySpan<char>> _byLast;
    private readonly LexiconFilter _firstFilter;
    private readonly LexiconFilter _lastFilter;

    public PhraseList(IEnumerable<string> phrases)
    {
        var ordered = phrases
            .Select(p => (p.ToLowerInvariant(), Split(p)))
            .Where(p => p.Item2.Length > 0)
            .OrderByDescending(p => p.Item2.Length)
            .ToArray();
        var byFirst = Index(ordered, parts => parts[0]);
        var byLast = Index(ordered, parts => parts[^1]);
        _byFirst = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _byLast = byLast.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstFilter = new LexiconFilter(byFirst.Keys);
        _lastFilter = new LexiconFilter(byLast.Keys);
    }

    private static Dictionary<string, (string Phrase, string[] Parts)[]> Index((string Phrase, string[] Parts)[] ordered, Func<string[], string> key) =>
        ordered
            .GroupBy(p => key(p.Parts), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest phrase whose last token is <paramref name="last"/>; its first token index.</summary>
    public bool MatchEndingAt(ScanContext context, int last, out int first, out string phrase)
    {
        if (context.Valid(last) && _lastFilter.MayContain(context.Span(last)) && _byLast.TryGetValue(context.Span(last), out var candidates))
        {
            foreach (var (text, parts) in candidates)
            {
                int start = last - parts.Length + 1;
                if (start < 0 || !Matches(context, start, parts))
                {
                    continue;
                }
                first = start;
                phrase = text;
                return true;
            }
        }
        first = -1;
        phrase = "";
        return false;
    }

    /// <summary>The longest phrase starting at <paramref name="first"/>; its last token index.</summary>
    public bool MatchStartingAt(ScanContext context, int first, out int last, out string phrase)
    {
        if (context.Valid(first) && _firstFilter.MayContain(context.Span(first)) && _byFirst.TryGetValue(context.Span(first), out var candidates))
        {
            foreach (var (text, parts) in candidates)
            {
                if (first + parts.Length > context.Count || !Matches(context, first, parts))
                {
                    continue;
                }
                last = first + parts.Length - 1;
                phrase = text;
                return true;
            }
        }
        last = -1;
        phrase = "";
        return false;
    }

    private static bool Matches(ScanContext context, int start, string[] parts)
    {
        for (int k = 0; k < parts.Length; k++)
        {
            if (!context.Is(start + k, parts[k]))
            {
                return false;
            }
            // A phrase is one unit: its inner tokens are joined as in the lexicon entry ("approx." has no
            // space before the period, "at least" has one).
        }
        return true;
    }

    private static string[] Split(string phrase)
    {
        var tokens = ScanTokenizer.Tokenize(phrase, 0, phrase.Length);
        var parts = new string[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            parts[i] = phrase[tokens[i].Start..tokens[i].End];
        }
        return parts;
    }
}
