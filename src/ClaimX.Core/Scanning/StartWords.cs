using ClaimX.Core.Lexicons;
namespace ClaimX.Core.Scanning;

/// <summary>
/// The words a date or a number expression can begin with. <see cref="Dates.DateScanner.TryAt"/> runs ten rule
/// families at every token and <see cref="NumberReader"/> tries fractions, magnitudes, ordinals and cardinals at
/// every word, each with its own case-insensitive look-ups, although almost no token can start any of them; one
/// look-up here rules a word out for all of them. This must stay a superset of what the rules and the number
/// reader accept as their first word, so it is built from the same lexicons and the keywords the rules test.
/// </summary>
internal static class StartWords
{
    // The first words the relative and duration rules test literally ("last week", "this morning", "the past
    // year", "a day", "overnight") and the number reader's articles ("a dozen", "an eighth of"); the other rules
    // start at a lexicon word or a number.
    private static readonly string[] RuleKeywords =
    [
        "last", "this", "next", "previous", "current", "coming", "past", "overnight", "a", "an", "one",
    ];

    // The words themselves and, since "hundreds of" and "dozens" read as counts (NumberReader's magnitudes), the
    // plural of every number word of four letters or more with its 's' (either case, as the lexicons compare): one
    // look-up for any word, where the plural check was a second one for every word ending in 's'.
    private static readonly WordMap<bool> Words = new(
        ScanLexicons.NumberWords.Keys
            .Concat(ScanLexicons.Ordinals.Keys)
            .Concat(ScanLexicons.Months.Keys)
            .Concat(ScanLexicons.Weekdays.Keys)
            .Concat(ScanLexicons.RelativeDays.Keys)
            .Concat(RuleKeywords)
            .Concat(ScanLexicons.NumberWords.Keys.Where(w => w.Length + 1 >= 4).Select(w => w + "s"))
            .Select(w => KeyValuePair.Create(w, true)));

    /// <summary>False when no date rule and no number can start at word <paramref name="word"/>.</summary>
    public static bool CanStart(ReadOnlySpan<char> word) => Words.Contains(word);

    private static readonly WordHashFilter Filter = new(Words.Keys);

    /// <summary>
    /// For a word of ASCII letters with hash <paramref name="lowerHash"/> (<see cref="Text.TextHash.Lower"/>): false only
    /// when <see cref="CanStart"/> is false for it, known without reading the word (true may be a false "maybe").
    /// </summary>
    public static bool MayStart(int lowerHash) => Filter.MayContain(lowerHash);

    /// <summary>The filter's bits behind <see cref="MayStart"/>, for a tokenizer to hold in a local (<see cref="WordHashFilter.Bits"/>).</summary>
    public static ulong[] FilterBits => Filter.Bits;
}
