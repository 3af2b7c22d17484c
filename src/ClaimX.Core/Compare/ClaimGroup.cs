using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>Claims from one or more articles that report the same statement, in input order.</summary>
public sealed record ClaimGroup(IReadOnlyList<Claim> Claims)
{
    /// <summary>The sources reporting this statement, in order of first appearance.</summary>
    public IReadOnlyList<string> Sources => Claims.Select(ClaimSource.Of).Distinct(StringComparer.Ordinal).ToList();
}
