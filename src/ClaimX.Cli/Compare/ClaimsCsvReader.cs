using System.Globalization;
using ClaimX.Core.Claims;
using ClaimX.Core.Compare;
using CsvHelper;

namespace ClaimX.Cli.Compare;

/// <summary>
/// Reads a claims CSV written by <c>claimx extract</c>, field by field by header name (no class maps, no
/// reflection: AOT-safe). Only "article" and "quote" are required, so a trimmed spreadsheet still compares;
/// figures and dates are rebuilt from their flattened cells (<see cref="FlattenedClaimParts"/>). A malformed file
/// raises <see cref="FormatException"/> with a one-line reason naming the row.
/// </summary>
public static class ClaimsCsvReader
{
    public static List<Claim> Read(Stream input)
    {
        var claims = new List<Claim>();
        try
        {
            using var csv = CsvReader.Create(input, new CsvReaderOptions(), leaveOpen: true);
            foreach (var required in new[] { "article", "quote" })
            {
                if (!csv.TryGetFieldIndex(required, out _))
                {
                    throw new FormatException($"not a claims CSV: no '{required}' column in the header");
                }
            }
            bool hasUnits = csv.TryGetFieldIndex("figure_units", out _);
            while (csv.Read())
            {
                long row = csv.RowNumber;
                try
                {
                    claims.Add(ReadClaim(csv, row, hasUnits));
                }
                catch (FormatException e)
                {
                    throw new FormatException($"row {row}: {e.Message}");
                }
            }
        }
        catch (CsvFormatException e)
        {
            throw new FormatException($"not a valid CSV (line {e.LineNumber}): {e.Message.ReplaceLineEndings(" ")}");
        }
        return claims;
    }

    private static Claim ReadClaim(CsvReader csv, long row, bool hasUnits)
    {
        string article = csv.GetString("article");
        string quote = csv.GetString("quote");
        int start = Int(csv, "start") ?? 0;
        return new Claim
        {
            Article = article,
            Source = Text(csv, "source"),
            ArticleDate = Text(csv, "article_date"),
            Id = Text(csv, "id") ?? $"{article}#{row.ToString(CultureInfo.InvariantCulture)}",
            Kind = Text(csv, "kind") ?? ClaimKinds.Direct,
            Speaker = Text(csv, "speaker"),
            SpeakerMention = Text(csv, "speaker_mention"),
            SpeakerStart = Int(csv, "speaker_start"),
            SpeakerEnd = Int(csv, "speaker_end"),
            SpeakerRole = Text(csv, "speaker_role"),
            Cue = Text(csv, "cue"),
            CueLemma = Text(csv, "cue_lemma"),
            Quote = quote,
            Start = start,
            End = Int(csv, "end") ?? start + quote.Length,
            Paragraph = Int(csv, "paragraph") ?? 1,
            Figures = FlattenedClaimParts.Figures(Text(csv, "figures") ?? "", Text(csv, "figure_values") ?? "",
                hasUnits ? Text(csv, "figure_units") ?? "" : null, quote, start),
            Dates = FlattenedClaimParts.Dates(Text(csv, "dates") ?? "", Text(csv, "date_values") ?? "", quote, start),
            SaidOn = Text(csv, "said_on"),
        };
    }

    // Optional columns: absent or empty is null.
    private static string? Text(CsvReader csv, string name) =>
        csv.TryGetFieldIndex(name, out int index) && index < csv.FieldCount && csv.GetString(index) is { Length: > 0 } value ? value : null;

    private static int? Int(CsvReader csv, string name)
    {
        if (Text(csv, name) is not { } text)
        {
            return null;
        }
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new FormatException($"'{name}' is not a whole number: '{text}'");
    }
}
