using System.Globalization;
using System.Text.Json;

namespace ClaimX.Core.Eval;

/// <summary>Writes eval results as a short text report (optionally with every error) or as JSON numbers.</summary>
public static class EvalReportWriter
{
    public static void WriteText(EvalResult result, TextWriter writer, bool showErrors)
    {
        var s = result.Summary;
        writer.WriteLine($"corpus {s.Corpus}: {s.Articles} articles, {s.GoldClaims} gold claims (+{s.OptionalGoldClaims} optional{(s.SkippedGoldClaims > 0 ? $", {s.SkippedGoldClaims} without content skipped" : "")}), {s.PredictedClaims} predicted");
        writer.WriteLine($"  claims       P {F(s.Precision)}  R {F(s.Recall)}  F1 {F(s.F1)}   (found {s.Found}/{s.GoldClaims}, correct {s.Correct}/{s.CountedPredictions})");
        writer.WriteLine($"  speaker      accuracy {F(s.SpeakerAccuracy)}   (right {s.RightSpeaker}/{s.Found})");
        writer.WriteLine($"  end-to-end   P {F(s.EndToEndPrecision)}  R {F(s.EndToEndRecall)}  F1 {F(s.EndToEndF1)}");
        writer.WriteLine($"  figures      F1 {(s.FiguresF1 is { } f ? F(f) : "n/a (not annotated)")}");
        writer.WriteLine($"  dates        F1 {(s.DatesF1 is { } d ? F(d) : "n/a (not annotated)")}");
        if (!showErrors)
        {
            return;
        }
        foreach (var error in result.Errors)
        {
            string label = error.Kind switch
            {
                EvalErrorKind.Missed => "MISS ",
                EvalErrorKind.Extra => "EXTRA",
                _ => "WHO  ",
            };
            string who = error.Kind switch
            {
                EvalErrorKind.Missed => $"gold: {error.GoldSpeaker}",
                EvalErrorKind.Extra => $"predicted: {error.PredictedSpeaker} ({error.PredictedMention})",
                _ => $"gold: {error.GoldSpeaker} / predicted: {error.PredictedSpeaker} ({error.PredictedMention})",
            };
            writer.WriteLine($"{label} {error.Article} [{error.Start}..{error.End}) {who}");
            writer.WriteLine($"      {OneLine(error.Text)}");
        }
    }

    public static void WriteJson(IReadOnlyList<EvalResult> results, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var result in results)
        {
            JsonSerializer.Serialize(json, result.Summary, GoldJsonContext.Default.EvalSummary);
        }
        json.WriteEndArray();
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string OneLine(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 200 ? flat : string.Concat(flat.AsSpan(0, 197), "...");
    }
}
