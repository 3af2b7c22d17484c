using System.Globalization;
using System.Text;

namespace ClaimX.Core.Compare;

/// <summary>
/// Writes a <see cref="ComparisonReport"/> for a person to read: a summary, then the statements several sources
/// agree on, the conflicting ones, the figures that differ across sources, and last what only one source reports.
/// </summary>
public static class ComparisonMarkdownWriter
{
    public static void Write(ComparisonReport report, TextWriter output)
    {
        var agreements = report.Groups.Where(g => g.Status is ComparisonStatus.Identical or ComparisonStatus.Consistent).ToList();
        var conflicts = report.Groups.Where(g => g.Status == ComparisonStatus.Conflicting).ToList();
        var single = report.Groups.Where(g => g.Status == ComparisonStatus.SingleSource).ToList();

        output.WriteLine($"# Claims compared across {Count(report.Sources.Count, "source")}");
        output.WriteLine();
        output.WriteLine("Sources: " + string.Join(", ", report.Sources.Select(Escape)) + ".");
        output.WriteLine();
        output.WriteLine($"- {Count(agreements.Count + conflicts.Count, "statement")} reported by more than one source: "
            + $"{agreements.Count(g => g.Status == ComparisonStatus.Identical)} identical, "
            + $"{agreements.Count(g => g.Status == ComparisonStatus.Consistent)} consistent, {conflicts.Count} conflicting");
        output.WriteLine($"- figures that differ across sources: {report.DifferingFigures.Count}");
        output.WriteLine($"- {Count(single.Count, "statement")} reported by one source only");

        Section(output, "Agreements", agreements, "No statement is reported alike by more than one source.");
        Section(output, "Conflicts", conflicts, "No figure or date differs within a statement reported by several sources.");

        output.WriteLine();
        output.WriteLine("## Figures that differ across sources");
        output.WriteLine();
        if (report.DifferingFigures.Count == 0)
        {
            output.WriteLine("None.");
        }
        foreach (var figure in report.DifferingFigures)
        {
            output.WriteLine($"- **{Escape(figure.Thing)}**: " + string.Join("; ", figure.Values.Select(v =>
                $"{Escape(v.Source)}: {FormatValue(v.Value)} (\"{Escape(v.Text)}\"{(v.Speaker is { } s ? ", " + Escape(s) : "")})")));
        }

        output.WriteLine();
        output.WriteLine("## Reported by one source only");
        if (single.Count == 0)
        {
            output.WriteLine();
            output.WriteLine("None.");
        }
        foreach (var bySource in single.GroupBy(g => g.Sources[0].Source, StringComparer.Ordinal))
        {
            output.WriteLine();
            output.WriteLine($"### {Escape(bySource.Key)}");
            output.WriteLine();
            foreach (var group in bySource)
            {
                var wording = group.Sources[0];
                output.WriteLine($"- {Escape(wording.Speaker ?? "(unattributed)")}: “{Escape(wording.Wording)}”");
            }
        }
    }

    private static void Section(TextWriter output, string title, List<GroupComparison> groups, string none)
    {
        output.WriteLine();
        output.WriteLine($"## {title}");
        output.WriteLine();
        if (groups.Count == 0)
        {
            output.WriteLine(none);
            return;
        }
        foreach (var group in groups)
        {
            // The group number is the id the CSV and JSON reports use; single-source groups are numbered too, so
            // it is shown as a reference rather than as a list position.
            output.WriteLine($"### {Escape(group.Speaker ?? "(unattributed)")} — {group.Status} (group {group.Group})");
            output.WriteLine();
            foreach (var source in group.Sources)
            {
                output.WriteLine($"- **{Escape(source.Source)}** ({source.Kind}): “{Escape(source.Wording)}”");
            }
            foreach (var figure in group.Figures)
            {
                bool mixedUnits = figure.Values.Select(v => v.Unit ?? "").Distinct(StringComparer.OrdinalIgnoreCase).Skip(1).Any();
                output.WriteLine($"- Figures, {Escape(figure.Thing)} ({(figure.Agree ? "agree" : "**differ**")}): "
                    + string.Join("; ", figure.Values.Select(v => $"{Escape(v.Source)} \"{Escape(Shown(v, mixedUnits))}\"")));
            }
            foreach (var date in group.Dates)
            {
                output.WriteLine($"- Dates, {date.Kind} ({(date.Agree ? "agree" : "**differ**")}): "
                    + string.Join("; ", date.Values.Select(v => $"{Escape(v.Source)} \"{Escape(v.Text)}\" = {v.Value}")));
            }
            output.WriteLine();
        }
    }

    /// <summary>A figure as the reader needs it to judge agreement: with its qualifier ("at least 4"), and with its
    /// unit when the values' units are written differently ("11 troops" beside "11 security forces", or a kind
    /// beside the broader thing: "11 troops" beside "at least 4 people").</summary>
    private static string Shown(AlignedFigure value, bool withUnit)
    {
        string text = value.Text;
        if (value.Qualifier is { Length: > 0 } qualifier && !text.StartsWith(qualifier, StringComparison.OrdinalIgnoreCase))
        {
            text = qualifier + " " + text;
        }
        if (withUnit && value.Unit is { Length: > 0 } unit && !text.Contains(unit, StringComparison.OrdinalIgnoreCase))
        {
            text += " " + unit;
        }
        return text;
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    private static string FormatValue(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    // Quotes are shown as text: characters that Markdown would read as formatting are escaped.
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
