using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Claims;

/// <summary>
/// One figure as a person reads it in a spreadsheet cell: <c>[qualifier ]text[ unit]</c>, e.g. "43 attacks",
/// "four civilians", "at least eight soldiers". The unit is left out when the text already shows it: money (the
/// unit is a currency code, and "$141 million" or "12 million euros" names it) and percentages ("25%", "4.5
/// percent"). <see cref="Parse"/> is the exact inverse given the unit, so a claims CSV can be read back without
/// running the figure extractor again. Kept in one place so the writer and the reader cannot drift apart.
/// </summary>
public static class FlattenedFigure
{
    public const string PercentUnit = "percent";

    // The extractor's qualifiers are the phrases of this lexicon in lower case, so the prefix can be told exactly.
    private static readonly Lazy<string[]> Qualifiers = new(() =>
        [.. LexiconResource.ReadLines("figure-qualifiers.txt").Select(q => q.ToLowerInvariant()).OrderByDescending(q => q.Length)]);

    public static string Format(Figure figure)
    {
        string text = figure.Qualifier is { Length: > 0 } qualifier ? qualifier + " " + figure.Text : figure.Text;
        return ShowsUnit(figure.Unit) ? text + " " + figure.Unit : text;
    }

    /// <summary>
    /// Splits a cell written by <see cref="Format"/> back into the figure's text and qualifier, given its unit.
    /// A cell edited by hand that does not end with its unit is taken as text whole.
    /// </summary>
    public static (string Text, string? Qualifier) Parse(string cell, string? unit)
    {
        string text = cell.Trim();
        if (ShowsUnit(unit) && text.Length > unit!.Length + 1 && text.EndsWith(" " + unit, StringComparison.Ordinal))
        {
            text = text[..^(unit.Length + 1)];
        }
        foreach (var qualifier in Qualifiers.Value)
        {
            if (text.Length > qualifier.Length + 1 && text[qualifier.Length] == ' '
                && text.StartsWith(qualifier, StringComparison.Ordinal))
            {
                return (text[(qualifier.Length + 1)..], qualifier);
            }
        }
        return (text, null);
    }

    // A currency code (ISO 4217: three capital letters) or percent is already visible in the figure's own text.
    private static bool ShowsUnit(string? unit) =>
        unit is { Length: > 0 } && unit != PercentUnit && !IsCurrencyCode(unit);

    private static bool IsCurrencyCode(string unit) =>
        unit.Length == 3 && char.IsAsciiLetterUpper(unit[0]) && char.IsAsciiLetterUpper(unit[1]) && char.IsAsciiLetterUpper(unit[2]);
}
