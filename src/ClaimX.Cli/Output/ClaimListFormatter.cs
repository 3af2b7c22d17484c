using System.Globalization;
using System.Text;
using ClaimX.Core.Claims;
using ClaimX.Core.Compare;

namespace ClaimX.Cli.Output;

/// <summary>
/// Flattens a claim's figures and dates into readable cells for CSV: "43 attacks; at least eight soldiers" (each
/// figure as <see cref="FlattenedFigure"/> words it) next to "43; 8" (the values) and "attacks; soldiers" (the
/// units), and dates as written next to their ISO values, so a spreadsheet can show, filter and sort them without
/// parsing JSON.
/// </summary>
public static class ClaimListFormatter
{
    public const string Separator = FlattenedClaimParts.Separator;

    public static string Figures(IReadOnlyList<Figure> figures) => Join(figures, static (sb, f) => sb.Append(FlattenedFigure.Format(f)));

    public static string FigureValues(IReadOnlyList<Figure> figures) =>
        Join(figures, static (sb, f) => sb.Append(f.Value.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>Each figure's unit, empty where it has none, so the cells line up with <see cref="Figures"/>.</summary>
    public static string FigureUnits(IReadOnlyList<Figure> figures) => Join(figures, static (sb, f) => sb.Append(f.Unit));

    public static string DateTexts(IReadOnlyList<DateMention> dates) => Join(dates, static (sb, d) => sb.Append(d.Text));

    public static string DateValues(IReadOnlyList<DateMention> dates) => Join(dates, static (sb, d) => sb.Append(d.Value));

    private static string Join<T>(IReadOnlyList<T> items, Action<StringBuilder, T> append)
    {
        if (items.Count == 0)
        {
            return "";
        }
        var sb = new StringBuilder();
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(Separator);
            }
            append(sb, items[i]);
        }
        return sb.ToString();
    }
}
