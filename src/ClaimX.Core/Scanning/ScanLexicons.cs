using System.Globalization;
using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Scanning;

/// <summary>How a number word combines with the words around it ("three hundred twenty thousand").</summary>
internal enum NumberWordRole : byte
{
    /// <summary>Adds to the running group (one ... ninety).</summary>
    Unit,

    /// <summary>Multiplies the running group (hundred, dozen).</summary>
    Scale,

    /// <summary>Multiplies and closes the running group (thousand, million...).</summary>
    Group,
}

internal readonly record struct NumberWord(double Value, NumberWordRole Role);

/// <summary>Where a multiplier may be written: after a space, glued to the digits, or glued after a currency.</summary>
internal enum MultiplierUse : byte
{
    Spaced,
    Attached,
    Money,
}

internal readonly record struct Multiplier(double Value, MultiplierUse Use);

/// <summary>ISO 8601 designator of a time unit and how many of it one unit is ("decade" = 10 Y).</summary>
internal readonly record struct TimeUnit(string Designator, int Factor)
{
    public bool IsTimePart => Designator.StartsWith('T');
}

/// <summary>The lexicons of the figure and date scanners, loaded once from the embedded data files.</summary>
internal static class ScanLexicons
{
    public static readonly WordMap<NumberWord> NumberWords = new(
        Pairs("number-words.txt", parts => new NumberWord(
            ParseNumber(parts[1]),
            parts.Length > 2 ? Enum.Parse<NumberWordRole>(parts[2], ignoreCase: true) : NumberWordRole.Unit)));

    public static readonly WordMap<double> Ordinals = new(Pairs("number-ordinals.txt", parts => ParseNumber(parts[1])));

    /// <summary>Ordinal words that are no figure on their own (flag "nocount" in number-ordinals.txt).</summary>
    public static readonly WordMap<bool> UncountedOrdinals = new(
        Pairs("number-ordinals.txt", parts => parts.Length > 2 && parts[2] == "nocount").Where(p => p.Value));

    public static readonly WordMap<Multiplier> Multipliers = new(
        Pairs("number-multipliers.txt", parts => new Multiplier(
            ParseNumber(parts[1]),
            parts.Length > 2 ? Enum.Parse<MultiplierUse>(parts[2], ignoreCase: true) : MultiplierUse.Spaced)));

    public static readonly PhraseList Qualifiers = new(LexiconResource.ReadLines("figure-qualifiers.txt"));

    public static readonly WordMap<string> Currencies = new(Pairs("currencies.txt", parts => parts[1]));

    public static readonly WordMap<int> Months = new(Pairs("months.txt", parts => int.Parse(parts[1], CultureInfo.InvariantCulture)));

    public static readonly WordMap<bool> WeekdayNamePrefixes = Set("weekday-name-prefixes.txt");

    public static readonly WordMap<int> Weekdays = new(Pairs("weekdays.txt", parts => int.Parse(parts[1], CultureInfo.InvariantCulture)));

    public static readonly WordMap<TimeUnit> TimeUnits = new(TimeUnitPairs());

    public static readonly PhraseList UnitHeads = new(LexiconResource.ReadLines("unit-heads.txt"));

    public static readonly WordMap<bool> IrregularPlurals = Set("irregular-plurals.txt");

    public static readonly WordMap<bool> SingularInS = Set("singular-in-s.txt");

    public static readonly WordMap<bool> UnitStopWords = Set("unit-stopwords.txt");

    public static readonly WordMap<bool> CodePrefixes = Set("code-prefixes.txt");

    public static readonly WordMap<bool> StreetWords = Set("street-words.txt");

    public static readonly WordMap<bool> ChangeVerbs = Set("change-verbs.txt");

    public static readonly WordMap<int> RelativeDays = new(Pairs("relative-days.txt", parts => int.Parse(parts[1], CultureInfo.InvariantCulture)));

    public static readonly PhraseList FutureMarkers = new(LexiconResource.ReadLines("tense-future.txt"));

    public static readonly WordMap<bool> PastMarkers = Set("tense-past.txt");

    public static readonly WordMap<bool> PresentMarkers = Set("tense-present.txt");

    public static readonly WordMap<bool> OrdinalDeterminers = Set("ordinal-determiners.txt");

    public static readonly WordMap<bool> DurationCues = Set("duration-cues.txt");

    public static readonly WordMap<bool> SentenceAbbreviations = Set("sentence-abbreviations.txt");

    private static WordMap<bool> Set(string file) =>
        new(LexiconResource.ReadLines(file).Select(w => KeyValuePair.Create(w, true)));

    private static IEnumerable<KeyValuePair<string, T>> Pairs<T>(string file, Func<string[], T> parse)
    {
        foreach (var line in LexiconResource.ReadLines(file))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                throw new InvalidOperationException($"lexicon '{file}': entry '{line}' needs a value");
            }
            yield return KeyValuePair.Create(parts[0], parse(parts));
        }
    }

    private static IEnumerable<KeyValuePair<string, TimeUnit>> TimeUnitPairs()
    {
        foreach (var line in LexiconResource.ReadLines("time-units.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var unit = new TimeUnit(parts[2], int.Parse(parts[3], CultureInfo.InvariantCulture));
            yield return KeyValuePair.Create(parts[0], unit);
            yield return KeyValuePair.Create(parts[1], unit);
        }
    }

    private static double ParseNumber(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
