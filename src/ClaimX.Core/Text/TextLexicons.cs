using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Text;

/// <summary>How an abbreviation's period behaves at a possible sentence end.</summary>
internal enum AbbreviationClass : byte
{
    None,
    /// <summary>May end a sentence when a usual sentence opener follows (Inc., etc., Jan.).</summary>
    General,
    /// <summary>Precedes a name and never ends a sentence (Mr., Gen., St.).</summary>
    Title,
}

/// <summary>
/// The lexicons the text stages consult: abbreviations and apostrophe elisions (abbreviations.txt) and usual
/// sentence openers (sentence-starters.txt), loaded once and looked up with spans of the text so that the
/// tokenizer and the sentence splitter copy nothing.
/// </summary>
internal sealed class TextLexicons
{
    private const int MaxLength = 16;

    // Each abbreviation maps to an index into its spelling and class (one dictionary type for every lexicon spares
    // the JIT build's start-up; see CueLexicon).
    private readonly Dictionary<string, int> _abbreviations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _abbreviationLookup;
    private readonly List<string> _written = [];
    // Classes by the same index; a List<AbbreviationClass> would be one more generic type to compile at start-up.
    private AbbreviationClass[] _classes = new AbbreviationClass[256];
    private readonly HashSet<string> _elisions = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _elisionLookup;
    private readonly HashSet<string> _starters = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _starterLookup;

    public static TextLexicons Default { get; } = new(
        LexiconResource.ReadLines("abbreviations.txt"), LexiconResource.ReadLines("sentence-starters.txt"));

    internal TextLexicons(IEnumerable<string> abbreviationLines, IEnumerable<string> starterLines)
    {
        foreach (var line in abbreviationLines)
        {
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            string entry = fields[0];
            if (TextChars.IsApostrophe(entry[0]))
            {
                _elisions.Add(NormalizeApostrophes(entry));
                continue;
            }
            var kind = fields.Length > 1 && fields[1].Equals("title", StringComparison.OrdinalIgnoreCase)
                ? AbbreviationClass.Title
                : AbbreviationClass.General;
            // An abbreviation listed twice (in any casing) keeps its last spelling and class.
            if (_abbreviations.TryGetValue(entry, out int index))
            {
                _written[index] = entry;
                _classes[index] = kind;
            }
            else
            {
                int next = _written.Count;
                _abbreviations[entry] = next;
                _written.Add(entry);
                if (next == _classes.Length)
                {
                    Array.Resize(ref _classes, _classes.Length * 2);
                }
                _classes[next] = kind;
            }
            LongestAbbreviation = Math.Max(LongestAbbreviation, entry.Length);
        }
        foreach (var line in starterLines)
        {
            _starters.Add(line);
        }
        _abbreviationLookup = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        _elisionLookup = _elisions.GetAlternateLookup<ReadOnlySpan<char>>();
        _starterLookup = _starters.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Length of the longest abbreviation, so that longer words skip the look-up.</summary>
    public int LongestAbbreviation { get; }

    /// <summary>Number of abbreviation entries (for tests).</summary>
    public int Count => _abbreviations.Count;

    /// <summary>Class of <paramref name="token"/> (its period included), or None.</summary>
    public AbbreviationClass Classify(ReadOnlySpan<char> token)
    {
        if (token.Length > MaxLength || !_abbreviationLookup.TryGetValue(token, out int index))
        {
            return AbbreviationClass.None;
        }
        // Exact spelling; an all-lowercase entry in any casing; any entry in capitals (headlines).
        string written = _written[index];
        if (token.SequenceEqual(written) || !HasUpper(written) || !HasLower(token))
        {
            return _classes[index];
        }
        return AbbreviationClass.None;
    }

    /// <summary>True for a word that begins with an apostrophe ('em, 'n', 'til), any apostrophe glyph.</summary>
    public bool IsElision(ReadOnlySpan<char> token)
    {
        if (token.Length > MaxLength)
        {
            return false;
        }
        Span<char> buffer = stackalloc char[MaxLength];
        for (int i = 0; i < token.Length; i++)
        {
            buffer[i] = TextChars.IsApostrophe(token[i]) ? '\'' : token[i];
        }
        return _elisionLookup.Contains(buffer[..token.Length]);
    }

    /// <summary>True for a word that usually opens a sentence (The, He, But...).</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => word.Length <= MaxLength && _starterLookup.Contains(word);

    private static string NormalizeApostrophes(string entry) =>
        string.Create(entry.Length, entry, static (span, s) =>
        {
            for (int i = 0; i < s.Length; i++)
            {
                span[i] = TextChars.IsApostrophe(s[i]) ? '\'' : s[i];
            }
        });

    private static bool HasUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (TextChars.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasLower(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (TextChars.IsLower(c))
            {
                return true;
            }
        }
        return false;
    }
}
