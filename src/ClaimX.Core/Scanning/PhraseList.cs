namespace ClaimX.Core.Scanning;

/// <summary>
/// Multiword lexicon entries ("at least", "going to") matched token by token against a <see cref="ScanContext"/>.
/// Each phrase is tokenized with the same rules as the text, so "approx." is the word and its period.
/// </summary>
internal sealed class PhraseList
{
    private readonly (string Phrase, string[] Parts)[] _phrases;

    public PhraseList(IEnumerable<string> phrases)
    {
        _phrases = phrases
            .Select(p => (p.ToLowerInvariant(), Split(p)))
            .Where(p => p.Item2.Length > 0)
            .OrderByDescending(p => p.Item2.Length)
            .ToArray();
    }

    /// <summary>The longest phrase whose last token is <paramref name="last"/>; its first token index.</summary>
    public bool MatchEndingAt(ScanContext context, int last, out int first, out string phrase)
    {
        foreach (var (text, parts) in _phrases)
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
        first = -1;
        phrase = "";
        return false;
    }

    /// <summary>The longest phrase starting at <paramref name="first"/>; its last token index.</summary>
    public bool MatchStartingAt(ScanContext context, int first, out int last, out string phrase)
    {
        foreach (var (text, parts) in _phrases)
        {
            if (first + parts.Length > context.Count || !Matches(context, first, parts))
            {
                continue;
            }
            last = first + parts.Length - 1;
            phrase = text;
            return true;
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
