namespace ClaimX.Core.Compare;

/// <summary>The status of a group of claims, in the order a reader should look at them.</summary>
public static class ComparisonStatus
{
    /// <summary>Every source uses the same words (case and punctuation aside).</summary>
    public const string Identical = "identical";

    /// <summary>The same statement in different words; no figure or date about the same thing differs.</summary>
    public const string Consistent = "consistent";

    /// <summary>A figure or date about the same thing differs between sources.</summary>
    public const string Conflicting = "conflicting";

    /// <summary>Only one source reports the statement.</summary>
    public const string SingleSource = "single-source";
}
