using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimX.Core.Compare;

/// <summary>Writes a <see cref="ComparisonReport"/> as one indented JSON object: sources, groups (each with one
/// entry per source: speaker, wording, figures, dates) and the figures that differ across sources.</summary>
public static class ComparisonJsonWriter
{
    public static void Write(ComparisonReport report, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Indented = true,
            // Quotes are the point of the report: keep them readable (UTF-8, no \u escapes).
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        JsonSerializer.Serialize(writer, report, ComparisonJsonContext.Default.ComparisonReport);
        writer.Flush();
        output.Write("\n"u8);
    }
}
