namespace ClaimX.Core.Lexicons;

/// <summary>The word lists that speaker recognition needs, each loaded once from its embedded file.</summary>
public static class SpeakerLexicons
{
    public static WordSet Titles { get; } = WordSet.FromResource("titles.txt");

    /// <summary>Nouns that describe a person by role, those of people who speak for a body ("spokesman", "official":
    /// spokesperson-nouns.txt, which compare reads too) included.</summary>
    public static WordSet RoleNouns { get; } = new(LexiconResource.ReadLines("role-nouns.txt").Concat(LexiconResource.ReadLines("spokesperson-nouns.txt")));

    public static WordSet OrganisationHeads { get; } = WordSet.FromResource("organisation-heads.txt");

    /// <summary>Well-known organisations and movements named without an organisation word ("Hamas", "NATO").</summary>
    public static WordSet NamedGroups { get; } = WordSet.FromResource("named-groups.txt");

    public static WordSet SourceDescriptions { get; } = WordSet.FromResource("source-descriptions.txt");

    public static WordSet Determiners { get; } = WordSet.FromResource("determiners.txt");

    /// <summary>Words that may stand between a speaker and its cue ("also", "has").</summary>
    public static WordSet ClauseAdverbs { get; } = WordSet.FromResource("clause-adverbs.txt");

    /// <summary>Conjunctions, relatives, auxiliaries and connectives: never part of a speaker mention.</summary>
    public static WordSet ClauseBreaks { get; } = WordSet.FromResource("clause-breaks.txt");

    /// <summary>Prepositions whose object cannot be the subject of a following cue.</summary>
    public static WordSet ObjectPrepositions { get; } = WordSet.FromResource("object-prepositions.txt");

    public static WordSet Prepositions { get; } = WordSet.FromResource("prepositions.txt");

    /// <summary>Nouns ending in -ly ("family", "assembly"), which the -ly adverb test must not skip.</summary>
    public static WordSet LyNouns { get; } = WordSet.FromResource("ly-nouns.txt");

    public static WordSet TimeWords { get; } = WordSet.FromResource("time-words.txt");

    /// <summary>Titles and role nouns that tell a person's gender ("Mrs.", "spokeswoman").</summary>
    public static IReadOnlyDictionary<string, PronounGender> GenderedWords { get; } = LoadGendered(LexiconResource.ReadLines("gendered-words.txt"));

    public static PronounLexicon Pronouns { get; } = PronounLexicon.Load(LexiconResource.ReadLines("pronouns.txt"));

    private static Dictionary<string, PronounGender> LoadGendered(IEnumerable<string> lines)
    {
        var words = new Dictionary<string, PronounGender>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var fields = line.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length != 2 || fields[1] is not ("m" or "f"))
            {
                throw new InvalidDataException($"gendered-words lexicon: bad line '{line}'");
            }
            words[fields[0]] = fields[1] == "m" ? PronounGender.Masculine : PronounGender.Feminine;
        }
        return words;
    }
}
