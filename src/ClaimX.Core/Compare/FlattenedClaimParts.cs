using ClaimX.Core.Claims;
using ClaimX.Core.Figures;
using ClaimX.Core.Text;

namespace ClaimX.Core.Compare;

/// <summary>
/// Rebuilds a claim's figures and dates from the flattened cells of a claims CSV ("43 attacks; at least eight
/// soldiers" beside "43; 8" and "attacks; soldiers"). Text and qualifier come back from each figure's cell with
/// <see cref="FlattenedFigure.Parse"/>; the date kind follows from the ISO value; offsets come from finding the text
/// in the quote. A CSV written before the figure_units column existed holds bare figure texts: its units and
/// qualifiers are those the figure extractor finds when run again over the quote alone, else the last word of the
/// figure's text (or the currency of its sign, or "percent").
/// </summary>
public static class FlattenedClaimParts
{
    public const string Separator = "; ";

    private static readonly HashSet<string> ScaleWords = new(StringComparer.Ordinal)
    {
        "hundred", "thousand", "million", "billion", "trillion", "mln", "bn", "m", "k",
    };

    /// <param name="texts">The "figures" cell.</param>
    /// <param name="values">The "figure_values" cell.</param>
    /// <param name="units">The "figure_units" cell, or null for a CSV without that column (written before it existed):
    /// then "figures" holds the bare texts, and units and qualifiers are found again by the figure extractor.</param>
    public static List<Figure> Figures(string texts, string values, string? units, string quote, int quoteStart)
    {
        var cellList = Split(texts);
        var valueList = Split(values);
        var unitList = units is null ? null : Split(units);
        if (cellList.Count != valueList.Count || (unitList is { Count: > 0 } && unitList.Count != cellList.Count))
        {
            throw new FormatException($"{cellList.Count} figure texts but {valueList.Count} figure values");
        }
        var figures = new List<Figure>(cellList.Count);
        int from = 0;
        var again = unitList is not null || cellList.Count == 0 ? [] : FigureExtractor.Extract(quote, new TextSpan(0, quote.Length));
        for (int i = 0; i < cellList.Count; i++)
        {
            if (!double.TryParse(valueList[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value))
            {
                throw new FormatException($"figure value '{valueList[i]}' is not a number");
            }
            if (unitList is not null)
            {
                // Written as "[qualifier ]text[ unit]" (FlattenedFigure): the unit column says what to take off.
                string? unit = unitList.Count > 0 ? NullIfEmpty(unitList[i]) : null;
                var (text, qualifier) = FlattenedFigure.Parse(cellList[i], unit);
                var (start, end) = Locate(text, quote, quoteStart, ref from);
                figures.Add(new Figure(text, value, unit, qualifier, start, end));
            }
            else
            {
                var (start, end) = Locate(cellList[i], quote, quoteStart, ref from);
                var found = again.FirstOrDefault(f => f.Start == start - quoteStart && f.Text == cellList[i]);
                figures.Add(new Figure(cellList[i], value, found?.Unit ?? UnitOf(cellList[i]), found?.Qualifier, start, end));
            }
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
