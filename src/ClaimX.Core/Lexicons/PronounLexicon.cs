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
    private readonly Dictionary<string, PronounEntry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Most words asked about are no pronoun: this rules them out before any hashing.
    private readonly LexiconFilter _filter;

    private PronounLexicon(Dictionary<string, PronounEntry> entries)
    {
        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new LexiconFilter(entries.Keys);
    }

    public static PronounLexicon Load(IEnumerable<string> lines)
    {
        var entries = new Dictionary<string, PronounEntry>(StringComparer.OrdinalIgnoreCase);
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
            entries[fields[0]] = new PronounEntry(number, gender);
        }
        return new PronounLexicon(entries);
    }

    public bool TryGet(ReadOnlySpan<char> word, out PronounEntry entry)
    {
        if (_filter.MayContain(word))
        {
            return _lookup.TryGetValue(word, out entry);
        }
        entry = default;
        return false;
    }
}
