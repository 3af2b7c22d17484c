namespace ClaimX.Core.Lexicons;

public enum GrammaticalNumber : byte
{
    Any,
    Singular,
    Plural,
}

/// <summary>m, f: a person of that gender; n: a body or thing; x: any person.</summary>
public enum PronounGender : byte
{
    Any,
    Masculine,
    Feminine,
    Neuter,
}

public readonly record struct PronounEntry(GrammaticalNumber Number, PronounGender Gender);

/// <summary>Pronouns that can stand for a speaker, with number and gender, from pronouns.txt.</summary>
public sealed class PronounLexicon
{
    // Each pronoun maps to its entry's index (see CueLexicon: one dictionary type for every lexicon spares start-up).
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly PronounEntry[] _entries;

    // Most words asked about are no pronoun: this rules them out before any hashing.
    private readonly LexiconFilter _filter;

    private PronounLexicon(Dictionary<string, int> indices, PronounEntry[] entries)
    {
        _lookup = indices.GetAlternateLookup<ReadOnlySpan<char>>();
        _entries = entries;
        _filter = new LexiconFilter(indices.Keys);
    }

    public static PronounLexicon Load(IEnumerable<string> lines)
    {
        var indices = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        // Grown by hand, not a List<PronounEntry>: that would be one more generic type to compile at start-up.
        var entries = new PronounEntry[64];
        foreach (var line in lines)
        {
            var fields = line.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length != 3)
            {
                throw new InvalidDataException($"pronouns lexicon: bad line '{line}'");
            }
            var number = fields[1] switch
            {
                "singular" => GrammaticalNumber.Singular,
                "plural" => GrammaticalNumber.Plural,
                _ => GrammaticalNumber.Any,
            };
            var gender = fields[2] switch
            {
                "m" => PronounGender.Masculine,
                "f" => PronounGender.Feminine,
                "n" => PronounGender.Neuter,
                _ => PronounGender.Any,
            };
            // A pronoun listed twice keeps its last entry.
            if (indices.TryGetValue(fields[0], out int index))
            {
                entries[index] = new PronounEntry(number, gender);
            }
            else
            {
                int next = indices.Count;
                indices[fields[0]] = next;
                if (next == entries.Length)
                {
                    Array.Resize(ref entries, entries.Length * 2);
                }
                entries[next] = new PronounEntry(number, gender);
            }
        }
        Array.Resize(ref entries, indices.Count);
        return new PronounLexicon(indices, entries);
    }

    public bool TryGet(ReadOnlySpan<char> word, out PronounEntry entry)
    {
        if (_filter.MayContain(word) && _lookup.TryGetValue(word, out int index))
        {
            entry = _entries[index];
            return true;
        }
        entry = default;
        return false;
    }
}
