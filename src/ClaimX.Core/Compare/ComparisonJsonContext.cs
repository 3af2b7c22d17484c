using System.Text.Json.Serialization;

namespace ClaimX.Core.Compare;

/// <summary>Source-generated JSON for the comparison report (snake_case like the claims it is built from; no reflection).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true)]
[JsonSerializable(typeof(ComparisonReport))]
public sealed partial class ComparisonJsonContext : JsonSerializerContext;
