using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>Articles are told apart by their outlet ("source"); an article with no known source stands for itself.</summary>
public static class ClaimSource
{
    public static string Of(Claim claim) => string.IsNullOrWhiteSpace(claim.Source) ? claim.Article : claim.Source.Trim();
}
