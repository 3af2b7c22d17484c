using System.Runtime.CompilerServices;
using ClaimX.Core.Lexicons;
using ClaimX.Core.Text;

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

    /// <summary>A bit no word's facts have (the sets' bits stay below it), for callers to mark facts not worked out yet.</summary>
    public const ulong Unused = 1UL << 58;

    // With Unused: the low 32 bits hold the word's TextHash.Lower, known from the text analyser's token, and the
    // word is all ASCII letters (see Pending).
    private const ulong HashKnown = 1UL << 57;

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

    // Every word that can have a fact, by its lower-case spelling (see Lookup). Their facts are put in a table only
    // once a run has missed the cache often (a batch): asking every set about each of them takes milliseconds that a
    // one-article run, which meets a few hundred of them, would spend at start-up for nothing.
    private static readonly string[] Keys;
    private const int MissesBeforeTable = 1000;
    private static int s_misses;
    private static FactTable? s_table;
    private static readonly object TableGate = new();

    private sealed class FactTable(Dictionary<string, ulong> facts)
    {
        public readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> Facts = facts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Every ASCII word with a fact (see WordHashFilter): most words of a text have none.
    private static readonly WordHashFilter AnyFact;

    // The words a cue can start with: the cue finder asks this of every word of the narration, and most of those
    // that have facts at all ("the", "of") start no cue.
    private static readonly WordHashFilter AnyCueStart = new(CueLexicon.Default.FirstWords);

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
        if ((1UL << bit) > HashKnown)
        {
            throw new InvalidOperationException("WordFacts: more sets than free bits");
        }
        // Only ASCII words are looked up in the table. The lists share many words.
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in CandidateWords())
        {
            if (WordHashFilter.AsciiKey(word) is { } key)
            {
                keys.Add(key);
            }
        }
        AnyFact = new WordHashFilter(keys);
        Keys = [.. keys];
    }

    /// <summary>Makes the table now rather than after <see cref="MissesBeforeTable"/> misses (for tests of it).</summary>
    internal static void BuildTableNow() => BuildTable();

    private static FactTable BuildTable()
    {
        lock (TableGate)
        {
            if (s_table is { } built)
            {
                return built;
            }
            var facts = new Dictionary<string, ulong>(Keys.Length, StringComparer.OrdinalIgnoreCase);
            foreach (var key in Keys)
            {
                if (Compute(key) is var found && found != 0)
                {
                    facts[key] = found;
                }
            }
            var table = new FactTable(facts);
            Volatile.Write(ref s_table, table);
            return table;
        }
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
    // make up nearly all of them; a word in neither way of its set is looked up and takes the first way. An entry
    // keeps a word's facts, length and characters together, so that a look-up reads one or two cache lines.
    private const int CacheSlots = 2048;
    private const int CachedLength = 16;

    [InlineArray(CachedLength)]
    private struct CachedChars
    {
        private char _first;
    }

    private struct CacheEntry
    {
        public ulong Facts;
        public int Length;
        public CachedChars Chars;
    }

    [ThreadStatic]
    private static CacheEntry[]? s_cache;

    /// <summary>
    /// What a caller keeps for a word whose facts it has not asked for yet: <see cref="Unused"/>, with the word's hash
    /// when the text analyser's token gave it (a word of ASCII letters), so that <see cref="OfPending"/> need not
    /// hash it again and <see cref="MayStartCue"/> can answer most words without facts.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pending(int asciiLettersHash) => Unused | HashKnown | (uint)asciiLettersHash;

    /// <summary>False when no cue form can start with the word that <paramref name="pending"/> (from <see cref="Pending"/>) stands for.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayStartCue(ulong pending) => MayStartCue(pending, AnyCueStart.Bits);

    /// <summary>As <see cref="MayStartCue(ulong)"/>, with the bits of <see cref="CueStartBits"/> held by the caller.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayStartCue(ulong pending, ulong[] cueStartBits) =>
        (pending & HashKnown) == 0 || WordHashFilter.MayContain(cueStartBits, (int)pending);

    /// <summary>The cue-start filter's bits (<see cref="WordHashFilter.Bits"/>).</summary>
    public static ulong[] CueStartBits => AnyCueStart.Bits;

    /// <summary>The facts of <paramref name="word"/>, kept by the caller as <paramref name="pending"/> (<see cref="Unused"/> or <see cref="Pending"/>).</summary>
    public static ulong OfPending(ReadOnlySpan<char> word, ulong pending) =>
        (pending & HashKnown) != 0 ? Of(word, (int)pending, ascii: true) : Of(word);

    /// <summary>The facts of one word.</summary>
    public static ulong Of(ReadOnlySpan<char> word) => Of(word, TextHash.Lower(word, out bool ascii), ascii);

    private static ulong Of(ReadOnlySpan<char> word, int hash, bool ascii)
    {
        if (ascii && !AnyFact.MayContain(hash))
        {
            return 0;
        }
        if (word.IsEmpty || word.Length > CachedLength)
        {
            return Lookup(word);
        }
        var cache = s_cache ??= new CacheEntry[CacheSlots];
        // The set comes from the hash's low bits (the filters use the high ones). Two ways per set, the more
        // recently filled first: two common words in one set both stay.
        int first = (hash & (CacheSlots / 2 - 1)) * 2;
        ref var recent = ref cache[first];
        if (recent.Length == word.Length && SameChars(word, recent.Chars))
        {
            return recent.Facts;
        }
        ref var older = ref cache[first + 1];
        if (older.Length == word.Length && SameChars(word, older.Chars))
        {
            return older.Facts;
        }
        ulong found = Lookup(word);
        older = recent;
        recent.Facts = found;
        recent.Length = word.Length;
        word.CopyTo(recent.Chars);
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
        var table = Volatile.Read(ref s_table);
        if (table is null)
        {
            if (Interlocked.Increment(ref s_misses) < MissesBeforeTable)
            {
                return Compute(word);
            }
            table = BuildTable();
        }
        return table.Facts.TryGetValue(word, out ulong facts) ? facts : 0;
    }

    // Ordinal equality of two short words, inline (a call to the general comparison cost more than the loop).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameChars(ReadOnlySpan<char> word, in CachedChars kept)
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
