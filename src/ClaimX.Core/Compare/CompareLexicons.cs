using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Compare;

/// <summary>
/// The word lists that drive cross-source comparison, loaded once from the embedded lexicon files so the rules
/// can grow by editing data rather than code.
/// </summary>
internal static class CompareLexicons
{
    // Titles, spokesperson roles and body head nouns are the lexicons speaker recognition reads, plus a few entries
    // only a speaker field needs (each compare-*.txt says why they are kept apart).
    private static readonly Lazy<IReadOnlyList<string[]>> TitlesLazy = new(() => ReadPhrases("titles.txt", "compare-titles.txt"));
    private static readonly Lazy<IReadOnlyList<string[]>> RoleWordsLazy = new(() => ReadPhrases("spokesperson-nouns.txt", "compare-role-words.txt"));
    private static readonly Lazy<HashSet<string>> BodyWordsLazy = new(() => ReadWords("organisation-heads.txt", "compare-body-words.txt"));
    private static readonly Lazy<HashSet<string>> NameParticlesLazy = new(() => ReadSet("compare-name-particles.txt"));
    private static readonly Lazy<HashSet<string>> StopwordsLazy = new(() => ReadSet("compare-stopwords.txt"));
    private static readonly Lazy<Dictionary<string, string>> NumberWordsLazy = new(() => ReadPairs("compare-number-words.txt"));
    private static readonly Lazy<HashSet<string>> MeasureNounsLazy = new(() => ReadSet("compare-measure-nouns.txt"));
    private static readonly Lazy<HashSet<string>> NotMeasuresLazy = new(() => ReadSet("compare-not-measures.txt"));
    private static readonly Lazy<HashSet<string>> AmountUnitsLazy = new(() =>
        new HashSet<string>(LexiconResource.ReadLines("compare-amount-units.txt").SelectMany(u => new[] { u, WordNormalizer.SingularPhrase(u) }),
            StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<HashSet<string>> VagueSpeakersLazy = new(() => ReadSet("compare-vague-speakers.txt"));
    private static readonly Lazy<HashSet<string>> TimeUnitsLazy = new(() => ReadSet("compare-time-units.txt"));
    private static readonly Lazy<Dictionary<string, string>> QualifiersLazy = new(() => ReadPairs("compare-figure-qualifiers.txt"));
    private static readonly Lazy<Dictionary<string, string>> SynonymsLazy = new(ReadSynonyms);
    private static readonly Lazy<Dictionary<string, string>> BroaderUnitsLazy = new(ReadUnitKinds);

    /// <summary>Titles as word sequences (lower case, periods removed), longest first so "lt col" wins over "lt".</summary>
    public static IReadOnlyList<string[]> Titles => TitlesLazy.Value;

    public static IReadOnlyList<string[]> RoleWords => RoleWordsLazy.Value;

    /// <summary>Head nouns of bodies, lower case, periods removed ("corp"); look words up with <see cref="IsBodyWord"/>.</summary>
    public static IReadOnlySet<string> BodyWords => BodyWordsLazy.Value;

    /// <summary>Whether a lower-case word, or its singular ("ministries"), is the head noun of a body.</summary>
    public static bool IsBodyWord(string word) => BodyWords.Contains(word) || BodyWords.Contains(WordNormalizer.Singular(word));

    public static IReadOnlySet<string> NameParticles => NameParticlesLazy.Value;

    public static IReadOnlySet<string> Stopwords => StopwordsLazy.Value;

    public static IReadOnlyDictionary<string, string> NumberWords => NumberWordsLazy.Value;

    public static IReadOnlySet<string> MeasureNouns => MeasureNounsLazy.Value;

    public static IReadOnlySet<string> NotMeasures => NotMeasuresLazy.Value;

    public static IReadOnlySet<string> TimeUnits => TimeUnitsLazy.Value;

    /// <summary>Units of amounts (currencies, percent), as written and singular, compared ignoring case.</summary>
    public static IReadOnlySet<string> AmountUnits => AmountUnitsLazy.Value;

    /// <summary>Pronouns and vague collectives ("he", "officials"), lower case, that identify no one across articles.</summary>
    public static IReadOnlySet<string> VagueSpeakers => VagueSpeakersLazy.Value;

    /// <summary>Qualifier phrase ("at least") to bound kind ("min", "max", "approx").</summary>
    public static IReadOnlyDictionary<string, string> Qualifiers => QualifiersLazy.Value;

    /// <summary>Any unit or measure name (singular, lower case) to the display name of its synonym set.</summary>
    public static IReadOnlyDictionary<string, string> Synonyms => SynonymsLazy.Value;

    private static HashSet<string> ReadSet(string file) =>
        new(LexiconResource.ReadLines(file).Select(l => l.ToLowerInvariant()), StringComparer.Ordinal);

    // Entries as words are compared: lower case, periods removed ("Lt. Col." is "lt col").
    private static HashSet<string> ReadWords(params string[] files) =>
        new(files.SelectMany(LexiconResource.ReadLines).Select(l => l.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal)), StringComparer.Ordinal);

    private static List<string[]> ReadPhrases(params string[] files) =>
        files.SelectMany(LexiconResource.ReadLines)
            .Select(l => l.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 0)
            .OrderByDescending(words => words.Length)
            .ToList();

    private static Dictionary<string, string> ReadPairs(string file)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in LexiconResource.ReadLines(file))
        {
            int eq = line.IndexOf('=');
            if (eq > 0)
            {
                pairs[line[..eq].Trim().ToLowerInvariant()] = line[(eq + 1)..].Trim();
            }
        }
        return pairs;
    }

    /// <summary>A counted thing (canonical unit, <see cref="FigureThing.Canonical"/>) to the broader thing it is a
    /// kind of ("troops" to "people"), from compare-unit-kinds.txt.</summary>
    public static IReadOnlyDictionary<string, string> BroaderUnits => BroaderUnitsLazy.Value;

    /// <summary>The names of the synonym sets (each set's first entry).</summary>
    public static IReadOnlySet<string> SynonymSets => SynonymSetsLazy.Value;

    private static readonly Lazy<HashSet<string>> SynonymSetsLazy = new(() => new HashSet<string>(Synonyms.Values, StringComparer.Ordinal));

    private static Dictionary<string, string> ReadSynonyms()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in LexiconResource.ReadLines("compare-unit-synonyms.txt"))
        {
            var names = line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (names.Length == 0)
            {
                continue;
            }
            foreach (var name in names)
            {
                map.TryAdd(WordNormalizer.SingularPhrase(name), names[0]);
            }
        }
        return map;
    }

    private static Dictionary<string, string> ReadUnitKinds()
    {
        var broader = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in LexiconResource.ReadLines("compare-unit-kinds.txt"))
        {
            int colon = line.IndexOf(':');
            if (colon <= 0 || FigureThing.Canonical(line[..colon]) is not { } parent)
            {
                throw new InvalidDataException($"compare-unit-kinds lexicon: bad line '{line}' (expected 'broader: narrower, ...')");
            }
            foreach (var name in line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (FigureThing.Canonical(name) is { } kind && kind != parent)
                {
                    broader[kind] = parent;
                }
            }
        }
        return broader;
    }
}
