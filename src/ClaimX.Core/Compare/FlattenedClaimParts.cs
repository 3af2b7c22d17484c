using ClaimX.Core.Claims;
using ClaimX.Core.Figures;
using ClaimX.Core.Text;

namespace ClaimX.Core.Compare;

/// <summary>
/// Rebuilds a claim's figures and dates from the flattened cells of a claims CSV ("43 attacks; four civilians"
/// beside "43; 4"). The CSV does not carry units, date kinds or offsets, so they are recovered: the unit is the
/// figure extractor's unit when it is run again over the quote alone (the same code that wrote the file), else the
/// last word of the figure's text (or the currency of its sign, or "percent"); the date kind follows from the ISO
/// value; offsets come from finding the text in the quote.
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
        // Without a units column, the units (and qualifiers) are what the extractor finds in the quote again.
        int from = 0;
        var again = unitList is { Count: > 0 } || textList.Count == 0 ? [] : FigureExtractor.Extract(quote, new TextSpan(0, quote.Length));
        for (int i = 0; i < textList.Count; i++)
        {
            if (!double.TryParse(valueList[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value))
            {
                throw new FormatException($"figure value '{valueList[i]}' is not a number");
            }
            var (start, end) = Locate(textList[i], quote, quoteStart, ref from);
            var found = again.FirstOrDefault(f => f.Start == start - quoteStart && f.Text == textList[i]);
            string? unit = unitList is { Count: > 0 } ? NullIfEmpty(unitList[i]) : found?.Unit ?? UnitOf(textList[i]);
            figures.Add(new Figure(textList[i], value, unit, found?.Qualifier, start, end));
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
        int from = 0;
        for (int i = 0; i < textList.Count; i++)
        {
            string value = valueList[i];
            string kind = value.StartsWith('P') ? DateKinds.Duration : value.Contains('/') ? DateKinds.Range : DateKinds.Date;
            var (start, end) = Locate(textList[i], quote, quoteStart, ref from);
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

    /// <summary>Where the text stands in the quote as a whole word ("4" not inside "24"), searching from
    /// <paramref name="from"/> first since the cells list figures in quote order; the quote's start if absent.</summary>
    private static (int Start, int End) Locate(string text, string quote, int quoteStart, ref int from)
    {
        int at = FindWord(text, quote, from);
        if (at < 0)
        {
            at = FindWord(text, quote, 0);
        }
        if (at < 0)
        {
            return (quoteStart, quoteStart);
        }
        from = at + text.Length;
        return (quoteStart + at, quoteStart + at + text.Length);
    }

    private static int FindWord(string text, string quote, int from)
    {
        if (text.Length == 0)
        {
            return -1;
        }
        for (int at = quote.IndexOf(text, from, StringComparison.Ordinal); at >= 0; at = quote.IndexOf(text, at + 1, StringComparison.Ordinal))
        {
            int end = at + text.Length;
            bool wordStart = at == 0 || !char.IsLetterOrDigit(quote[at - 1]) || !char.IsLetterOrDigit(text[0]);
            bool wordEnd = end == quote.Length || !char.IsLetterOrDigit(quote[end]) || !char.IsLetterOrDigit(text[^1]);
            if (wordStart && wordEnd)
            {
                return at;
            }
        }
        return -1;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
