using System.Globalization;
using System.Text;
using ClaimX.Core.Claims;

namespace ClaimX.Cli.Output;

/// <summary>
/// Flattens a claim's figures and dates into readable cells for CSV: "43 attacks; four civilians" (the text as
/// written) next to "43; 4" (the values), so a spreadsheet can show, filter and sort them without parsing JSON.
/// </summary>
public static class ClaimListFormatter
{
    public const string Separator = "; ";

    public static string FigureTexts(IReadOnlyList<Figure> figures) => Join(figures, static (sb, f) => sb.Append(f.Text));

    public static string FigureValues(IReadOnlyList<Figure> figures) =>
        Join(figures, static (sb, f) => sb.Append(f.Value.ToString("R", CultureInfo.InvariantCulture)));

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
