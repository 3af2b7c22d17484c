using System.Text.Json.Serialization;

namespace ClaimX.Core.Claims;

/// <summary>System.Text.Json source generation for the output contract: no reflection, trimming- and AOT-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(List<Claim>))]
[JsonSerializable(typeof(Figure))]
[JsonSerializable(typeof(DateMention))]
public sealed partial class ClaimJsonContext : JsonSerializerContext;
