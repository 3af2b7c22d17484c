using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>
/// Reads a speaker string (and the claim's role) into a <see cref="SpeakerIdentity"/>. The rules, in order:
/// <list type="number">
/// <item>A role word ("spokesman", "official") splits a description: "a spokesman for X" and "X spokesman" speak
/// for body X; "Taliban spokesman Zabiullah Mujahid" is a person whose affiliation is "taliban".</item>
/// <item>Titles ("Col.", "President", "Secretary of State") are removed; the capitalised words after them are
/// the person's name, the words before them an affiliation ("U.S. envoy Zalmay Khalilzad").</item>
/// <item>A phrase of capitalised words with no article, possessive or body word is a person's name.</item>
/// <item>Anything else is a body, reduced by dropping articles, possessive qualifiers ("Afghanistan's") and a
/// trailing place phrase ("in Kabul"); but an indefinite description ("a new poll") identifies no one.</item>
/// </list>
/// Text after a comma ("Nasrat Rahimi, a spokesman for the Interior Ministry") and the claim's role add an
/// affiliation to a person.
/// </summary>
public static class SpeakerParser
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "a", "an" };
    private static readonly HashSet<string> BodyPrepositions = new(StringComparer.Ordinal) { "for", "of", "at", "from", "with" };
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "at", "on", "near", "across" };
    private static readonly HashSet<string> NameSuffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    public static SpeakerIdentity Parse(Claim claim) => Parse(claim.Speaker ?? claim.SpeakerMention, claim.SpeakerRole);

    public static SpeakerIdentity Parse(string? speaker, string? role = null)
    {
        if (string.IsNullOrWhiteSpace(speaker) || IsVague(speaker))
        {
            return SpeakerIdentity.Unknown;
        }
        int comma = speaker.IndexOf(',');
        string head = comma >= 0 ? speaker[..comma] : speaker;
        string tail = comma >= 0 ? speaker[(comma + 1)..] : "";

        var identity = ParsePhrase(Words(head), speaker.Trim());
        if (identity.Kind == SpeakerKind.Person && identity.Affiliation.Count == 0)
        {
            var affiliation = DescribedBody(Words(tail));
            if (affiliation.Count == 0 && !string.IsNullOrWhiteSpace(role))
            {
                affiliation = DescribedBody(Words(role));
            }
            if (affiliation.Count > 0)
            {
                identity = identity with { Affiliation = affiliation };
            }
        }
        return identity;
    }

    private static SpeakerIdentity ParsePhrase(List<string> words, string display)
    {
        if (words.Count == 0)
        {
            return SpeakerIdentity.Unknown;
        }
        var lower = words.Select(Key).ToList();

        var (roleStart, roleEnd) = FindLast(lower, CompareLexicons.RoleWords);
        if (roleStart >= 0)
        {
            return ParseDescription(words, lower, roleStart, roleEnd, display);
        }

        int nameStart = AfterTitles(lower);
        if (nameStart > 0 && nameStart < words.Count && IsName(words, lower, nameStart))
        {
            return Person(lower, nameStart, BodyWords(words.GetRange(0, TitleStart(lower)), lower.GetRange(0, TitleStart(lower))), display);
        }
        if (nameStart == 0 && !Articles.Contains(lower[0]) && IsName(words, lower, 0))
        {
            return Person(lower, 0, [], display);
        }
        // An indefinite description without a role ("a new poll", "a local lawmaker") identifies no one.
        if (lower[0] is "a" or "an")
        {
            return SpeakerIdentity.Unknown;
        }
        return BodyIdentity(words, lower, display);
    }

    /// <summary>A body, unless it is named by one lower-case noun ("the poll", "the ministry"): such a phrase points
    /// back to something its article named, and across articles it identifies nothing.</summary>
    private static SpeakerIdentity BodyIdentity(List<string> words, List<string> lower, string display)
    {
        var body = BodyWords(words, lower);
        if (body.Count == 0 || (body.Count == 1 && !words.Any(w => StartsUpper(w) && Key(w) != "the" && Key(w) != "a")))
        {
            return SpeakerIdentity.Unknown;
        }
        return new SpeakerIdentity(SpeakerKind.Body, body, null, body, [], display);
    }

    private static SpeakerIdentity ParseDescription(List<string> words, List<string> lower, int roleStart, int roleEnd, string display)
    {
        var before = BodyWords(words.GetRange(0, roleStart), lower.GetRange(0, roleStart));
        if (roleEnd < words.Count && BodyPrepositions.Contains(lower[roleEnd]))
        {
            var after = BodyIdentity(words.GetRange(roleEnd + 1, words.Count - roleEnd - 1), lower.GetRange(roleEnd + 1, lower.Count - roleEnd - 1), display);
            return after.Kind == SpeakerKind.Body ? after : BodyIdentity(words.GetRange(0, roleStart), lower.GetRange(0, roleStart), display);
        }
        if (roleEnd < words.Count && StartsUpper(words[roleEnd]))
        {
            int nameStart = roleEnd + AfterTitles(lower.GetRange(roleEnd, lower.Count - roleEnd));
            if (nameStart < words.Count && IsName(words, lower, nameStart))
            {
                return Person(lower, nameStart, before, display);
            }
        }
        return BodyIdentity(words.GetRange(0, roleStart), lower.GetRange(0, roleStart), display);
    }

    /// <summary>The body a description speaks for ("a spokesman for the Interior Ministry", "U.S. military
    /// spokesman"), or nothing when the description names no role.</summary>
    private static List<string> DescribedBody(List<string> words)
    {
        if (words.Count == 0)
        {
            return [];
        }
        var lower = words.Select(Key).ToList();
        var (roleStart, roleEnd) = FindLast(lower, CompareLexicons.RoleWords);
        if (roleStart < 0)
        {
            return [];
        }
        var identity = ParseDescription(words, lower, roleStart, roleEnd, "");
        return identity.Kind == SpeakerKind.Body ? [.. identity.Body] : [.. identity.Affiliation];
    }

    private static SpeakerIdentity Person(List<string> lower, int nameStart, List<string> affiliation, string display)
    {
        var name = lower.GetRange(nameStart, lower.Count - nameStart);
        string? suffix = null;
        if (name.Count > 1 && NameSuffixes.Contains(name[^1]))
        {
            suffix = name[^1];
            name.RemoveAt(name.Count - 1);
        }
        return new SpeakerIdentity(SpeakerKind.Person, name, suffix, [], affiliation, display);
    }

    /// <summary>A body's words: articles and possessive qualifiers dropped ("Afghanistan's interior ministry" ->
    /// "interior ministry"), a trailing place phrase cut, plurals made singular.</summary>
    private static List<string> BodyWords(List<string> words, List<string> lower)
    {
        int start = 0;
        for (int i = 0; i < lower.Count - 1; i++)
        {
            if (lower[i].EndsWith("'s", StringComparison.Ordinal) || lower[i].EndsWith("s'", StringComparison.Ordinal))
            {
                start = i + 1;
            }
        }
        while (start < lower.Count && Articles.Contains(lower[start]))
        {
            start++;
        }
        int end = lower.Count;
        for (int i = start + 1; i < lower.Count; i++)
        {
            if (PlacePrepositions.Contains(lower[i]) && !StartsUpper(words[i]))
            {
                end = i;
                break;
            }
        }
        var body = new List<string>(end - start);
        for (int i = start; i < end; i++)
        {
            if (!Articles.Contains(lower[i]))
            {
                body.Add(WordNormalizer.Singular(lower[i]));
            }
        }
        return body;
    }

    /// <summary>Index after the first run of titles, or 0 when the phrase has no title.</summary>
    private static int AfterTitles(List<string> lower)
    {
        int i = TitleStart(lower);
        if (i < 0 || i >= lower.Count)
        {
            return 0;
        }
        while (i < lower.Count && MatchAt(lower, i, CompareLexicons.Titles) is var length && length > 0)
        {
            i += length;
        }
        return i;
    }

    private static int TitleStart(List<string> lower)
    {
        for (int i = 0; i < lower.Count; i++)
        {
            if (MatchAt(lower, i, CompareLexicons.Titles) > 0)
            {
                return i;
            }
        }
        return lower.Count;
    }

    private static bool IsName(List<string> words, List<string> lower, int start)
    {
        for (int i = start; i < words.Count; i++)
        {
            if (CompareLexicons.IsBodyWord(lower[i]) || lower[i].EndsWith("'s", StringComparison.Ordinal))
            {
                return false;
            }
            if (!StartsUpper(words[i]) && !CompareLexicons.NameParticles.Contains(lower[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static (int Start, int End) FindLast(List<string> lower, IReadOnlyList<string[]> phrases)
    {
        for (int i = lower.Count - 1; i >= 0; i--)
        {
            int length = MatchAt(lower, i, phrases);
            if (length > 0)
            {
                return (i, i + length);
            }
        }
        return (-1, -1);
    }

    private static int MatchAt(List<string> lower, int at, IReadOnlyList<string[]> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (at + phrase.Length > lower.Count)
            {
                continue;
            }
            bool match = true;
            for (int k = 0; k < phrase.Length && match; k++)
            {
                match = lower[at + k] == phrase[k];
            }
            if (match)
            {
                return phrase.Length;
            }
        }
        return 0;
    }

    /// <summary>An unresolved pronoun or a vague collective, with or without an article ("the officials").</summary>
    private static bool IsVague(string speaker)
    {
        var phrase = WordNormalizer.Sequence(speaker);
        if (phrase.StartsWith("the ", StringComparison.Ordinal))
        {
            phrase = phrase[4..];
        }
        return CompareLexicons.VagueSpeakers.Contains(phrase);
    }

    private static List<string> Words(string text) =>
        WordNormalizer.WordSpans(text).Select(s => text[s.Start..s.End]).ToList();

    private static string Key(string word) => WordNormalizer.Lower(word).Replace(".", "", StringComparison.Ordinal);

    private static bool StartsUpper(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]));
}
