using ClaimX.Core.Lexicons;
using ClaimX.Core.Text;

namespace ClaimX.Core.Attribution;

/// <summary>
/// Turns speaker mentions into canonical speakers within one article: the fullest name the article gives with
/// titles left out ("Moore" -> "Dana Moore"), pronouns to the most recent compatible speaker or person,
/// and descriptions to the named person the article ties them to ("the city's police spokesman" when the
/// article also writes "Moore, the city's police spokesman"); otherwise the description itself.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly ClauseView _view;
    private readonly PersonNames _names;
    private readonly List<(string Role, string Person)> _ties = [];
    private List<(HashSet<string> Words, string? Head)>? _tieWords;
    private Dictionary<string, List<int>>? _tiesByHead;
    private Dictionary<string, string?>? _tiedByDescription;
    private readonly Dictionary<string, string> _roleOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PronounGender> _gender = new(StringComparer.Ordinal);

    public SpeakerResolver(ClauseView view, IReadOnlyList<RawClaim> claims)
    {
        _view = view;
        _names = new PersonNames(view);
        // Ties anywhere in the article count, even after the description ("The police spokesman in the capital
        // said ..." and only later "Moore, the police spokesman").
        foreach (var claim in claims)
        {
            var mention = claim.Mention?.Kind == MentionKind.Relative ? claim.Mention.Antecedent : claim.Mention;
            if (mention is { Kind: MentionKind.Name, Role: { } role, Name: { } name })
            {
                string person = _names.Fullest(view.Text[name.Start..name.End]);
                foreach (var part in role.Split("; "))
                {
                    _ties.Add((part, person));
                }
                _roleOf.TryAdd(person, role);
            }
        }
        AddAppositiveTies();
    }

    // "Bill Clinton, the former president, visited ..." anywhere in the text ties "the former president" to
    // the name, whether or not either ever speaks.
    private void AddAppositiveTies()
    {
        foreach (var (_, last, name) in _names.Runs)
        {
            int comma = last + 1;
            if (!_view.Is(comma, ClauseTokenKind.Comma) || !_view.InSet(comma + 1, SpeakerLexicons.Determiners))
            {
                continue;
            }
            int end = comma + 2;
            while (end < _view.Count && end - comma <= 12 && _view.IsWord(end)) end++;
            if (end - comma > 12 || end >= _view.Count || !(_view.Is(end, ClauseTokenKind.Comma) || _view.Is(end, ClauseTokenKind.Stop)))
            {
                continue;
            }
            string role = _view.Text[_view.Tokens[comma + 1].Start.._view.Tokens[end - 1].End];
            _ties.Add((role, name));
            _roleOf.TryAdd(name, role);
        }
    }

    /// <summary>Resolves each claim's speaker, in text order, and returns the attribution stage's output.</summary>
    public List<AttributedSpan> Resolve(IReadOnlyList<RawClaim> claims)
    {
        var spans = new List<AttributedSpan>(claims.Count);
        var persons = new List<string>(); // speakers that are persons, most recent last
        string? lastGroup = null;
        foreach (var claim in claims)
        {
            var mention = claim.Mention;
            string? speaker = null;
            string? role = mention?.Role;
            var resolved = mention?.Kind == MentionKind.Relative ? mention.Antecedent : mention;
            switch (resolved?.Kind)
            {
                case MentionKind.Name:
                    speaker = _names.Fullest(_view.Text[resolved.Name!.Value.Start..resolved.Name.Value.End]);
                    role ??= resolved.Role ?? _roleOf.GetValueOrDefault(speaker) ?? _names.TitleOf(speaker);
                    NoteGender(speaker, _view.Text[resolved.Span.Start..resolved.Span.End]);
                    persons.Add(speaker);
                    break;
                case MentionKind.Pronoun:
                    var word = _view.Text.AsSpan(resolved.Span.Start, resolved.Span.Length);
                    if (word.IndexOfAny('\'', '\u2019') is var apostrophe && apostrophe > 0)
                    {
                        word = word[..apostrophe]; // "I've", "he's"
                    }
                    SpeakerLexicons.Pronouns.TryGet(word, out var pronoun);
                    if (pronoun.Gender is PronounGender.Masculine or PronounGender.Feminine || word.Equals("i", StringComparison.OrdinalIgnoreCase))
                    {
                        // Recency wins; a person whose gender is known to differ is passed over.
                        speaker = RecentPerson(persons, pronoun.Gender) ?? NamedBefore(resolved.Span.Start, pronoun.Gender);
                        if (speaker is not null)
                        {
                            _gender.TryAdd(speaker, pronoun.Gender);
                            persons.Add(speaker);
                        }
                    }
                    else
                    {
                        speaker = lastGroup;
                    }
                    speaker ??= _view.Text[resolved.Span.Start..resolved.Span.End];
                    role ??= _roleOf.GetValueOrDefault(speaker) ?? _names.TitleOf(speaker);
                    break;
                case MentionKind.Description:
                    string description = _view.Text[resolved.Core.Start..resolved.Core.End];
                    speaker = TiedPerson(resolved) ?? description;
                    if (speaker != description)
                    {
                        role ??= description;
                        persons.Add(speaker);
                    }
                    else if (IsPlural(resolved))
                    {
                        lastGroup = speaker;
                    }
                    else if (IsPersonDescription(description))
                    {
                        NoteGender(speaker, description);
                        persons.Add(speaker);
                    }
                    else
                    {
                        // "The band", "the company": a singular thing, which "he" or "she" never stands for.
                        lastGroup = speaker;
                    }
                    break;
                case MentionKind.Body:
                    speaker = _view.Text[resolved.Core.Start..resolved.Core.End];
                    lastGroup = speaker;
                    break;
            }
            var cue = claim.Cue is { } c ? _view.SpanOf(c.First, c.Last) : (TextSpan?)null;
            spans.Add(new AttributedSpan(claim.Kind, claim.Content, cue, claim.Cue?.Entry.Lemma, mention?.Span, speaker, role)
            {
                CueClass = claim.Cue?.Entry.Class,
            });
        }
        return spans;
    }

    // The most recent person speaker whose known gender does not contradict the pronoun's.
    private string? RecentPerson(List<string> persons, PronounGender gender)
    {
        for (int i = persons.Count - 1; i >= 0; i--)
        {
            if (Compatible(persons[i], gender))
            {
                return persons[i];
            }
        }
        return null;
    }

    // With no speaker before it, a pronoun takes the most recent compatible full name written before it.
    private string? NamedBefore(int offset, PronounGender gender)
    {
        string? found = null;
        foreach (var (start, name) in _names.Positions)
        {
            if (start >= offset)
            {
                break;
            }
            if (Compatible(name, gender))
            {
                found = name;
            }
        }
        return found;
    }

    private bool Compatible(string person, PronounGender gender)
    {
        if (gender is not (PronounGender.Masculine or PronounGender.Feminine))
        {
            return true;
        }
        var known = _gender.TryGetValue(person, out var noted) ? noted : _names.GenderOf(person);
        return known is null || known == gender;
    }

    // "Mrs. Ortiz", "a spokeswoman for ...": titles and role nouns in the mention as written tell the gender.
    private void NoteGender(string person, string mention)
    {
        if (_gender.ContainsKey(person))
        {
            return;
        }
        foreach (var word in mention.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (SpeakerLexicons.GenderedWords.TryGetValue(word, out var gender))
            {
                _gender[person] = gender;
                return;
            }
        }
        if (_names.GenderOf(person) is { } known)
        {
            _gender[person] = known;
        }
    }

    // The head noun of a description (the word before any preposition) and one more word must match a role the
    // article gave a named person.
    private string? TiedPerson(SpeakerMention description)
    {
        // The answer depends only on the description's words (the ties are fixed once the resolver is built), and
        // a long article repeats its descriptions ("the senior official said") against hundreds of ties.
        string core = _view.Text[description.Core.Start..description.Core.End];
        _tiedByDescription ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!_tiedByDescription.TryGetValue(core, out string? tied))
        {
            tied = TiedPerson(core);
            _tiedByDescription[core] = tied;
        }
        return tied;
    }

    private string? TiedPerson(string core)
    {
        var words = ContentWordsOf(core, out string? head);
        if (head is null || words.Count < 2)
        {
            return null;
        }
        string? best = null;
        int bestShared = 1;
        // The ties are all known once the resolver is built, so each role's words are split once, not per claim,
        // and grouped by their head noun (in article order): only ties with the description's head can match, and
        // a long article has hundreds of ties.
        _tiesByHead ??= IndexTies();
        if (!_tiesByHead.TryGetValue(head, out var candidates))
        {
            return null;
        }
        foreach (int i in candidates)
        {
            var (roleWords, _) = _tieWords![i];
            string person = _ties[i].Person;
            int shared = 0;
            foreach (var w in words)
            {
                if (roleWords.Contains(w)) shared++;
            }
            if (shared > bestShared)
            {
                best = person;
                bestShared = shared;
            }
        }
        return best;
    }

    private Dictionary<string, List<int>> IndexTies()
    {
        _tieWords = _ties.ConvertAll(tie => (ContentWordsOf(tie.Role, out string? tieHead), tieHead));
        var byHead = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<(string, string)>();
        for (int i = 0; i < _tieWords.Count; i++)
        {
            // A tie written again ("Ann Lee, the mayor, ..." twice) can only tie as its first writing did.
            if (_tieWords[i].Item2 is { } tieHead && seen.Add(_ties[i]))
            {
                if (!byHead.TryGetValue(tieHead, out var list))
                {
                    byHead[tieHead] = list = [];
                }
                list.Add(i);
            }
        }
        return byHead;
    }

    private static HashSet<string> ContentWordsOf(string phrase, out string? head)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        head = null;
        foreach (var raw in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(',', ';', '.');
            if (SpeakerLexicons.Prepositions.Contains(word) && TextChars.IsLower(word[0]))
            {
                break;
            }
            if (word.Length == 0 || SpeakerLexicons.Determiners.Contains(word))
            {
                continue;
            }
            set.Add(word);
            head = word;
        }
        return set;
    }

    // Only a description headed by a person or role noun ("the spokeswoman", "a senior official") is a person
    // that a later "he" or "she" may stand for.
    private static bool IsPersonDescription(string description)
    {
        ContentWordsOf(description, out string? head);
        return head is not null && (SpeakerLexicons.RoleNouns.ContainsNoun(head) || SpeakerLexicons.SourceDescriptions.ContainsNoun(head)
            || SpeakerLexicons.GenderedWords.ContainsKey(head));
    }

    private bool IsPlural(SpeakerMention mention)
    {
        var core = _view.Text.AsSpan(mention.Core.Start, mention.Core.Length);
        var last = core[(core.LastIndexOf(' ') + 1)..];
        return last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal);
    }
}
