using System.Runtime.CompilerServices;
using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Attribution;

/// <summary>
/// What the attribution rules ask of a word again and again, read once per token: which of the most-asked word
/// sets hold it (as a word, as a noun, as the first or last word of an entry) and whether a cue can start with it.
/// The rules asked the lexicons about three times per token, mostly about the same few hundred words, and each
/// question hashed the word anew; the answers now sit in one 64-bit value per token (<see cref="ClauseView"/>).
/// <para>
/// Most words of a text are in none of these lexicons, and one filter over all of them rules those out. The others
/// are looked up once per spelling in one table of every word that has facts, and kept in a small per-thread cache
/// by spelling. The answers are the sets' own (<see cref="Compute"/>, checked against them by the tests), so a rule
/// reads the same whether it asks a set or the facts.
/// </para>
/// </summary>
internal static class WordFacts
{
    /// <summary>A cue form of one word ("said", "told").</summary>
    public const ulong CueForm = 1UL << 63;

    // Bits 59-62: the most words of a cue form whose first word this is (CueLexicon.MaxWordsStartingWith).
    private const int CueWordsShift = 59;
    private const ulong CueWordsMask = 0xF;

    // The sets the rules ask about most (counted on news text), in the order their bits are given.
    private static readonly WordSet[] Members =
    [
        SpeakerLexicons.ClauseBreaks, SpeakerLexicons.OrganisationHeads, SpeakerLexicons.Determiners, SpeakerLexicons.RoleNouns,
        SpeakerLexicons.ObjectPrepositions, SpeakerLexicons.TimeWords, SpeakerLexicons.ClauseAdverbs, SpeakerLexicons.Prepositions,
        SpeakerLexicons.SourceDescriptions, ClauseLexicons.Auxiliaries, ClauseLexicons.IrregularPast, ClauseLexicons.Subordinators,
        ClauseLexicons.AdjunctOpeners, ClauseLexicons.ClauseMarkers, ClauseLexicons.TitleMarkers,
    ];

    private static readonly WordSet[] Nouns = [SpeakerLexicons.OrganisationHeads, SpeakerLexicons.RoleNouns, SpeakerLexicons.SourceDescriptions];

    private static readonly WordSet[] Phrases = [SpeakerLexicons.Titles, SpeakerLexicons.NamedGroups];

    // Every word with a fact, by its lower-case spelling (see Lookup), and a filter over them.
    private static readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> Table;
    private static readonly LexiconFilter AnyFact;

    static WordFacts()
    {
        if (CueLexicon.Default.MaxWords > (int)CueWordsMask)
        {
            throw new InvalidOperationException($"reporting-verbs lexicon: a cue of more than {CueWordsMask} words");
        }
        int bit = 0;
        foreach (var set in Members)
        {
            set.MemberFact = 1UL << bit++;
        }
        foreach (var set in Nouns)
        {
            set.NounFact = 1UL << bit++;
        }
        foreach (var set in Phrases)
        {
            set.StartFact = 1UL << bit++;
            set.EndFact = 1UL << bit++;
        }
        var table = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in CandidateWords())
        {
            // Only ASCII words are looked up in the table; a word with other letters still has an ASCII twin
            // under OrdinalIgnoreCase when every one of them upper-cases to ASCII ("ı" to "I").
            string key = System.Text.Ascii.IsValid(word) ? word.ToLowerInvariant() : word.ToUpperInvariant().ToLowerInvariant();
            if (System.Text.Ascii.IsValid(key) && Compute(key) is var facts && facts != 0)
            {
                table[key] = facts;
            }
        }
        Table = table.GetAlternateLookup<ReadOnlySpan<char>>();
        // Every word with a fact equals one of these but for case (a filter folds case); about 16 bits per word keep
        // its false "maybe" near 5%.
        AnyFact = new LexiconFilter(CandidateWords(), 1 << 16);
    }

    // Every word that can have a fact: the sets' entries, the plural forms their nouns accept (see
    // WordSet.ContainsNoun), the first and last words of phrase entries, every cue form and cue first word.
    private static IEnumerable<string> CandidateWords()
    {
        foreach (var set in Members)
        {
            foreach (var entry in set.Entries) yield return entry;
        }
        foreach (var set in Nouns)
        {
            foreach (var entry in set.Entries)
            {
                yield return entry;
                yield return entry + "s";
                yield return entry + "es";
                if (entry.EndsWith('y') || entry.EndsWith('Y'))
                {
                    yield return entry[..^1] + "ies";
                }
            }
        }
        foreach (var set in Phrases)
        {
            foreach (var word in set.FirstWords) yield return word;
            foreach (var word in set.LastWords) yield return word;
        }
        foreach (var form in CueLexicon.Default.Forms) yield return form;
        foreach (var word in CueLexicon.Default.FirstWords) yield return word;
    }

    /// <summary>The most words of a cue form that starts with the word the facts are of (0: none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CueWords(ulong facts) => (int)((facts >> CueWordsShift) & CueWordsMask);

    // The cache: CacheSlots words (in sets of two) of up to CachedLength characters, spelled exactly as in the text,
    // with their facts. Only words the filter lets through get here: a few hundred function words, titles and cues
    // make up nearly all of them; a word in neither way of its set is looked up and takes the first way.
    private const int CacheSlots = 4096;
    private const int CachedLength = 16;

    [ThreadStatic]
    private static char[]? s_words;

    [ThreadStatic]
    private static byte[]? s_lengths;

    [ThreadStatic]
    private static ulong[]? s_facts;

    /// <summary>The facts of one word.</summary>
    public static ulong Of(ReadOnlySpan<char> word)
    {
        if (!AnyFact.MayContain(word, out int key))
        {
            return 0;
        }
        if (key < 0 || word.IsEmpty || word.Length > CachedLength)
        {
            return Lookup(word);
        }
        var words = s_words ??= new char[CacheSlots * CachedLength];
        var lengths = s_lengths ??= new byte[CacheSlots];
        var facts = s_facts ??= new ulong[CacheSlots];
        // The set is the filter's key (length and three characters; a spelling's case variants share it). Two ways
        // per set, the more recently filled first: two common words with one key both stay.
        int first = (key & (CacheSlots / 2 - 1)) * 2;
        for (int slot = first; slot < first + 2; slot++)
        {
            if (lengths[slot] == word.Length && SameChars(word, words.AsSpan(slot * CachedLength, word.Length)))
            {
                return facts[slot];
            }
        }
        ulong found = Lookup(word);
        words.AsSpan(first * CachedLength, CachedLength).CopyTo(words.AsSpan((first + 1) * CachedLength, CachedLength));
        lengths[first + 1] = lengths[first];
        facts[first + 1] = facts[first];
        word.CopyTo(words.AsSpan(first * CachedLength, word.Length));
        lengths[first] = (byte)word.Length;
        facts[first] = found;
        return found;
    }

    // The table answers for any ASCII spelling of a word: every set compares ignoring case, and the one rule that
    // does not (a plural noun ends in a lower-case 's', WordSet.ContainsNoun) reads the same on the lower-case key
    // unless the word ends in 'S'. Those words, and words with other characters, are worked out in full.
    private static ulong Lookup(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word[^1] == 'S' || !System.Text.Ascii.IsValid(word))
        {
            return Compute(word);
        }
        return Table.TryGetValue(word, out ulong facts) ? facts : 0;
    }

    // Ordinal equality of two short words, inline (a call to the general comparison cost more than the loop).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameChars(ReadOnlySpan<char> word, ReadOnlySpan<char> kept)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (word[i] != kept[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The facts of a word asked of the sets themselves: what <see cref="Of"/> must always equal.</summary>
    internal static ulong Compute(ReadOnlySpan<char> word)
    {
        ulong facts = 0;
        foreach (var set in Members)
        {
            if (set.Contains(word)) facts |= set.MemberFact;
        }
        foreach (var set in Nouns)
        {
            if (set.ContainsNoun(word)) facts |= set.NounFact;
        }
        foreach (var set in Phrases)
        {
            if (set.MaxWordsStartingWith(word) > 0) facts |= set.StartFact;
            if (set.MaxWordsEndingWith(word) > 0) facts |= set.EndFact;
        }
        facts |= (ulong)CueLexicon.Default.MaxWordsStartingWith(word) << CueWordsShift;
        if (CueLexicon.Default.TryGet(word, out _))
        {
            facts |= CueForm;
        }
        return facts;
    }
}
