using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Attribution;

/// <summary>
/// The personal names an article writes out: runs of two or more capitalised words that are not titles,
/// do not start with a determiner and do not end in an organisation word. Short forms ("Alves") map to the
/// fullest run ending (or starting) with them.
/// </summary>
internal sealed class PersonNames
{
    private readonly Dictionary<string, string> _fullest = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(int Start, string Name)> _positions = [];
    private readonly List<(int First, int Last, string Name)> _runs = [];
    private readonly Dictionary<string, PronounGender> _gender = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);

    public PersonNames(ClauseView view)
    {
        // A name starts at a capitalised word: only those are visited, from the tokenizer's list of them.
        int t = 0;
        foreach (int capital in view.CapitalizedWords)
        {
            if (capital < t)
            {
                continue;
            }
            t = capital;
            if (view.InSet(t, SpeakerLexicons.Determiners) || view.InSet(t, SpeakerLexicons.ClauseBreaks))
            {
                continue;
            }
            int title = view.MatchStartingAt(t, SpeakerLexicons.Titles);
            int start = t + title;
            // Role and body words capitalised before a name are not part of it ("Police Chief Dana Moore").
            while (start < view.Count && (view.InSet(start, SpeakerLexicons.RoleNouns) || view.InSet(start, SpeakerLexicons.OrganisationHeads)) && view.IsCapitalized(start + 1))
            {
                start++;
                start += view.MatchStartingAt(start, SpeakerLexicons.Titles);
            }
            int end = start;
            while (end < view.Count && view.IsCapitalized(end) && view.MatchStartingAt(end, SpeakerLexicons.Titles) == 0
                && !view.InSet(end, SpeakerLexicons.OrganisationHeads) && !view.InSet(end, SpeakerLexicons.ClauseBreaks)
                && !view.TryCue(end, out _)) // a title-case headline: "Obama Says Museum ..."
            {
                end++;
            }
            if (end - start >= 2 && end - start <= 4 && !view.InSet(end, SpeakerLexicons.OrganisationHeads) && view.MatchStartingAt(start, SpeakerLexicons.NamedGroups) != end - start
                && LooksLikeName(view, start, end))
            {
                string name = JoinWords(view, start, end);
                // Keyed by the words' spans: a key string is made only when the name is new to the article.
                var fullest = _fullest.GetAlternateLookup<ReadOnlySpan<char>>();
                var surname = view.Word(end - 1);
                if (!fullest.TryGetValue(surname, out var known) || known.Length < name.Length)
                {
                    fullest[surname] = name;
                }
                fullest.TryAdd(view.Word(start), name);
                _positions.Add((view.Tokens[start].Start, name));
                _runs.Add((start, end - 1, name));
                if (title > 0)
                {
                    string written = view.Text[view.Tokens[t].Start..view.Tokens[t + title - 1].End];
                    _titles.TryAdd(name, written);
                    if (SpeakerLexicons.GenderedWords.TryGetValue(written, out var gender))
                    {
                        _gender.TryAdd(name, gender);
                    }
                }
            }
            t = Math.Max(end, t + 1);
        }
    }

    /// <summary>The fullest form of a name the article gives; the name itself when none is longer.</summary>
    public string Fullest(string name)
    {
        string bare = StripPossessive(name);
        int space = bare.LastIndexOf(' ');
        string last = space < 0 ? bare : bare[(space + 1)..];
        if (_fullest.TryGetValue(last, out var full) && full.Length > bare.Length && full.EndsWith(bare, StringComparison.OrdinalIgnoreCase))
        {
            return full;
        }
        if (space < 0 && _fullest.TryGetValue(bare, out var byFirst) && byFirst.StartsWith(bare, StringComparison.OrdinalIgnoreCase))
        {
            return byFirst;
        }
        return bare;
    }

    /// <summary>Every full name the article writes, with its first and last token, in text order.</summary>
    public IReadOnlyList<(int First, int Last, string Name)> Runs => _runs;

    /// <summary>Every full name the article writes, with its offset, in text order.</summary>
    public IReadOnlyList<(int Start, string Name)> Positions => _positions;

    /// <summary>The first title the article writes before the full name ("President" for "Donald Trump"), if any.</summary>
    public string? TitleOf(string name) => _titles.GetValueOrDefault(name);

    /// <summary>The gender a title before the name told ("Mrs. Ortiz"), if any.</summary>
    public PronounGender? GenderOf(string name) => _gender.TryGetValue(name, out var gender) ? gender : null;

    // Names are short capitalised words; a possessive or digits mean something else ("Peru's", "Route 66").
    private static bool LooksLikeName(ClauseView view, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            var word = view.Word(t);
            if (word.Length < 2 && !word.EndsWith('.') || word.ContainsAnyInRange('0', '9') || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                return word.Length == 2 && word[1] == '.'; // an initial
            }
            if (word.Length > 3 && IsUpperInvariant(word))
            {
                return false; // an acronym or a shouted headline word
            }
        }
        return true;
    }

    // The words joined by single spaces, built in one allocation (this runs for every name-like run).
    private static string JoinWords(ClauseView view, int start, int end)
    {
        int length = end - start - 1;
        for (int i = start; i < end; i++)
        {
            length += view.Tokens[i].End - view.Tokens[i].Start;
        }
        return string.Create(length, (view, start, end), static (buffer, state) =>
        {
            int at = 0;
            for (int i = state.start; i < state.end; i++)
            {
                if (i > state.start)
                {
                    buffer[at++] = ' ';
                }
                var word = state.view.Word(i);
                word.CopyTo(buffer[at..]);
                at += word.Length;
            }
        });
    }

    // Whether upper-casing the word leaves it unchanged, without allocating the two strings the comparison needs.
    private static bool IsUpperInvariant(ReadOnlySpan<char> word)
    {
        if (word.Length > 128)
        {
            return word.ToString().ToUpperInvariant() == word.ToString();
        }
        Span<char> upper = stackalloc char[word.Length];
        word.ToUpperInvariant(upper);
        return upper.SequenceEqual(word);
    }

    private static string StripPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("\u2019s", StringComparison.Ordinal) ? name[..^2] : name;
}
