using System.Globalization;
using ClaimX.Core.Claims;
using ClaimX.Core.Pipeline;
using CsvHelper;

namespace ClaimX.Cli.Output;

/// <summary>
/// CSV for spreadsheets: a header row, one row per claim, RFC 4180 quoting (CsvHelper), UTF-8 without BOM, CRLF
/// row ends. Fields are written one by one with <c>WriteField</c>: record mapping of a type would need reflection
/// or generated maps, and this keeps the column contract in one readable place. Lists are flattened by
/// <see cref="ClaimListFormatter"/>.
/// </summary>
public sealed class CsvClaimWriter : IClaimWriter
{
    /// <summary>The column order. The names are the JSON field names (the output contract).</summary>
    public static readonly string[] Columns =
    [
        "article", "source", "article_date", "id", "kind", "speaker", "speaker_mention", "speaker_start",
        "speaker_end", "speaker_role", "cue", "cue_lemma", "quote", "start", "end", "paragraph", "figures",
        "figure_values", "dates", "date_values", "said_on",
    ];

    private readonly CsvWriter _csv;
    private bool _headerWritten;

    public CsvClaimWriter(Stream output)
    {
        _csv = CsvWriter.Create(output, new CsvWriterOptions { WriteByteOrderMark = false, NewLine = "\r\n" }, leaveOpen: true);
    }

    public void WriteArticle(ArticleResult article)
    {
        WriteHeaderOnce();
        foreach (var claim in article.Claims)
        {
            WriteClaim(claim);
        }
        _csv.Flush();
    }

    public void Complete()
    {
        WriteHeaderOnce();
        _csv.Flush();
    }

    private void WriteHeaderOnce()
    {
        if (_headerWritten)
        {
            return;
        }
        _csv.WriteHeader(Columns);
        _headerWritten = true;
    }

    private void WriteClaim(Claim claim)
    {
        _csv.WriteField(claim.Article);
        _csv.WriteField(claim.Source ?? "");
        _csv.WriteField(claim.ArticleDate ?? "");
        _csv.WriteField(claim.Id);
        _csv.WriteField(claim.Kind);
        _csv.WriteField(claim.Speaker ?? "");
        _csv.WriteField(claim.SpeakerMention ?? "");
        _csv.WriteField(Number(claim.SpeakerStart));
        _csv.WriteField(Number(claim.SpeakerEnd));
        _csv.WriteField(claim.SpeakerRole ?? "");
        _csv.WriteField(claim.Cue ?? "");
        _csv.WriteField(claim.CueLemma ?? "");
        _csv.WriteField(claim.Quote);
        _csv.WriteField(Number(claim.Start));
        _csv.WriteField(Number(claim.End));
        _csv.WriteField(Number(claim.Paragraph));
        _csv.WriteField(ClaimListFormatter.FigureTexts(claim.Figures));
        _csv.WriteField(ClaimListFormatter.FigureValues(claim.Figures));
        _csv.WriteField(ClaimListFormatter.DateTexts(claim.Dates));
        _csv.WriteField(ClaimListFormatter.DateValues(claim.Dates));
        _csv.WriteField(claim.SaidOn ?? "");
        _csv.EndRecord();
    }

    // Numbers are formatted here, not by CsvHelper's type converters (reflection-based).
    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
