using ClaimX.Core.Claims;

namespace ClaimX.Core.Pipeline;

/// <summary>The claims of one article and the metadata that was used for them.</summary>
public sealed record ArticleResult(
    string Article,
    string? Source,
    DateOnly? ReferenceDate,
    IReadOnlyList<Claim> Claims);
