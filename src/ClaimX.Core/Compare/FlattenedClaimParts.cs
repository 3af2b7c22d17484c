using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>
/// Rebuilds a claim's figures and dates from the flattened cells of a claims CSV ("43 attacks; four civilians"
/// beside "43; 4"). The CSV does not carry units, date kinds or offsets, so they are recovered: the unit is the
/// last word of the figure's text (or the currency of its sign, or "percent"), the kind follows from the ISO value,
/// and offsets come from finding the text in the quote.
/// </summary>
public static class FlattenedClaimParts
{
    public const string Separator = "; ";

    private static readonly HashSet<string> ScaleWords = new(StringComparer.Ordinal)
    {
        "hundred", "thousand", "million", "billion", "trillion", "mln", "bn", "m", "k",
    };

    public static List<Figure> Figures(string texts, string values, string? units, string quote, int quoteStart)
    {
        var textList = Split(texts);
        var valueList = Split(values);
        var unitList = units is null ? null : Split(units);
        if (textList.Count != valueList.Count || (unitList is not null && unitList.Count > 0 && unitList.Count != textList.Count))
        {
            throw new FormatException($"{textList.Count} figure texts but {valueList.Count} figure values");
        }
        var figures = new List<Figure>(textList.Count);
        for (int i = 0; i < textList.Count; i++)
        {
            if (!double.TryParse(valueList[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value))
            {
                throw new FormatException($"figure value '{valueList[i]}' is not a number");
            }
            string? unit = unitList is { Count: > 0 } ? NullIfEmpty(unitList[i]) : UnitOf(textList[i]);
            var (start, end) = Locate(textList[i], quote, quoteStart);
            figures.Add(new Figure(textList[i], value, unit, null, start, end));
        }
        return figures;
    }

    public static List<DateMention> Dates(string texts, string values, string quote, int quoteStart)
    {
        var textList = Split(texts);
        var valueList = Split(values);
        if (textList.Count != valueList.Count)
        {
            throw new FormatException($"{textList.Count} date texts but {valueList.Count} date values");
        }
        var dates = new List<DateMention>(textList.Count);
        for (int i = 0; i < textList.Count; i++)
        {
            string value = valueList[i];
            string kind = value.StartsWith('P') ? DateKinds.Duration : value.Contains('/') ? DateKinds.Range : DateKinds.Date;
            var (start, end) = Locate(textList[i], quote, quoteStart);
            dates.Add(new DateMention(textList[i], value, kind, start, end));
        }
        return dates;
    }

    /// <summary>What a figure's text counts: "43 attacks" -> "attacks", "$2.1 million" -> "USD", "12%" -> "percent".</summary>
    public static string? UnitOf(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }
        switch (trimmed[0])
        {
            case '$': return "USD";
            case '€': return "EUR";
            case '£': return "GBP";
        }
        if (trimmed.EndsWith('%'))
        {
            return "percent";
        }
        var words = WordNormalizer.WordSpans(trimmed).Select(s => trimmed[s.Start..s.End]).ToList();
        for (int i = words.Count - 1; i >= 1; i--)
        {
            string lower = words[i].ToLowerInvariant();
            if (char.IsLetter(lower[0]) && !ScaleWords.Contains(lower) && !CompareLexicons.NumberWords.ContainsKey(lower))
            {
                return lower;
            }
        }
        return null;
    }

    private static List<string> Split(string cell) =>
        cell.Length == 0 ? [] : cell.Split(Separator).Select(s => s.Trim()).ToList();

    private static (int Start, int End) Locate(string text, string quote, int quoteStart)
    {
        int at = text.Length == 0 ? -1 : quote.IndexOf(text, StringComparison.Ordinal);
        return at < 0 ? (quoteStart, quoteStart) : (quoteStart + at, quoteStart + at + text.Length);
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
