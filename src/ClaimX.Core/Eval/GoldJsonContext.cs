using System.Text.Json.Serialization;

namespace ClaimX.Core.Eval;

/// <summary>Source-generated (reflection-free) JSON for gold files and machine-readable eval results.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true)]
[JsonSerializable(typeof(List<GoldArticle>))]
[JsonSerializable(typeof(EvalSummary))]
public sealed partial class GoldJsonContext : JsonSerializerContext;
