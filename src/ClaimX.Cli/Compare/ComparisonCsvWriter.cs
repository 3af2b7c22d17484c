using System.Globalization;
using ClaimX.Cli.Output;
using ClaimX.Core.Compare;
using CsvHelper;

namespace ClaimX.Cli.Compare;

/// <summary>
/// The comparison as CSV: one row per group and source ("group" rows: the speaker, that source's wording, figures,
/// dates and the group's status), then one row per source and figure for each figure that differs across sources
/// ("differing_figure" rows). Fields are written one by one (no reflection); lists use the extract CSV's "; ".
/// </summary>
public static class ComparisonCsvWriter
{
    public static readonly string[] Columns =
    [
        "section", "group", "status", "thing", "source", "article", "speaker", "speaker_role", "kind", "claim_ids",
        "wording", "figures", "figure_values", "dates", "date_values",
    ];

    public static void Write(ComparisonReport report, Stream output)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions { WriteByteOrderMark = false, NewLine = "\r\n" }, leaveOpen: true);
        csv.WriteHeader(Columns);
        foreach (var group in report.Groups)
        {
            string differing = string.Join(ClaimListFormatter.Separator,
                group.Figures.Where(f => !f.Agree).Select(f => f.Thing)
                    .Concat(group.Dates.Where(d => !d.Agree).Select(d => d.Kind)));
            foreach (var source in group.Sources)
            {
                csv.WriteField("group");
                csv.WriteField(group.Group.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(group.Status);
                csv.WriteField(differing);
                csv.WriteField(source.Source);
                csv.WriteField(source.Article);
                csv.WriteField(source.Speaker ?? "");
                csv.WriteField(source.SpeakerRole ?? "");
                csv.WriteField(source.Kind);
                csv.WriteField(string.Join(ClaimListFormatter.Separator, source.ClaimIds));
                csv.WriteField(source.Wording);
                csv.WriteField(ClaimListFormatter.FigureTexts(source.Figures));
                csv.WriteField(ClaimListFormatter.FigureValues(source.Figures));
                csv.WriteField(ClaimListFormatter.DateTexts(source.Dates));
                csv.WriteField(ClaimListFormatter.DateValues(source.Dates));
                csv.EndRecord();
            }
        }
        foreach (var figure in report.DifferingFigures)
        {
            foreach (var value in figure.Values)
            {
                csv.WriteField("differing_figure");
                csv.WriteField("");
                csv.WriteField("differing");
                csv.WriteField(figure.Thing);
                csv.WriteField(value.Source);
                csv.WriteField("");
                csv.WriteField(value.Speaker ?? "");
                csv.WriteField("");
                csv.WriteField("");
                csv.WriteField(value.ClaimId);
                csv.WriteField("");
                csv.WriteField(value.Text);
                csv.WriteField(value.Value.ToString("R", CultureInfo.InvariantCulture));
                csv.WriteField("");
                csv.WriteField("");
                csv.EndRecord();
            }
        }
        csv.Flush();
    }
}
