using ClaimX.Core.Claims;

namespace ClaimX.Cli.Compare;

/// <summary>What one compare input gave: its claims (none when it failed or was skipped) and the messages to show
/// in its turn.</summary>
public sealed record LoadedClaims(IReadOnlyList<Claim> Claims, string? Error, IReadOnlyList<string> Warnings)
{
    public static LoadedClaims Failed(string error) => new([], error, []);
}
