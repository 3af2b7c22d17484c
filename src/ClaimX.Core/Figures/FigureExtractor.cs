using ClaimX.Core.Claims;
using ClaimX.Core.Scanning;
using ClaimX.Core.Text;

namespace ClaimX.Core.Figures;

/// <summary>
/// Finds the figures stated inside a range of an article. Conventions of <see cref="Figure"/>:
/// <list type="bullet">
/// <item><c>Text</c> is the number as written with its currency sign, multiplier and percent sign or word
/// ("$141 million", "25 per cent", "1st", "a dozen"); the qualifier and the counted noun lie outside it.</item>
/// <item><c>Value</c>: the number with its multiplier applied (1.2 million = 1200000); an ordinal's position
/// ("1st" = 1); a plural magnitude ("hundreds of") the magnitude (100) with qualifier "more than".</item>
/// <item><c>Unit</c>: the ISO 4217 code for money ("USD"), "percent" for percentages, else the head of the noun
/// phrase after the number, lower case ("fighters", "security forces", "days"), or null.</item>
/// <item><c>Qualifier</c>: the hedge before the number as listed in figure-qualifiers.txt ("at least").</item>
/// <item>Ranges ("10 to 15", "between 10 and 20", "10-15") give two figures: the low end with "at least" and the
/// high end with "at most"; "from 10 to 15" gives two plain figures; scores and votes ("97-1", "134 to 63") two
/// figures without qualifier.</item>
/// <item>Not figures: numbers in dates and clock times, in names and codes ("COVID-19", "Route 66"), list
/// markers, and a lone spelled-out "one" without a qualifier (an article or pronoun far more often than a
/// count). Durations ("11 days") are figures and also dates (see DateExtractor).</item>
/// </list>
/// </summary>
public static class FigureExtractor
{
    /// <summary>Figures whose text lies inside <paramref name="range"/> of <paramref name="text"/>.</summary>
    public static IReadOnlyList<Figure> Extract(string text, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (range.IsEmpty)
        {
            return [];
        }
        var context = ScanContext.Create(text, range);
        var figures = new FigureScanner(context).Scan();
        figures.RemoveAll(f => f.Start < range.Start || f.End > range.End);
        return figures;
    }
}
