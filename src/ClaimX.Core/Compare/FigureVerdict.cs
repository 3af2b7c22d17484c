namespace ClaimX.Core.Compare;

/// <summary>What two figures about related things say about each other (<see cref="FigureAgreement.Compare"/>).</summary>
public enum FigureVerdict
{
    /// <summary>They can describe the same set of things ("at least 4 people" and "11 troops").</summary>
    Agree,

    /// <summary>They cannot both be true ("4 people" and "11 troops" of one statement; 43 attacks and 30 attacks).</summary>
    Differ,

    /// <summary>Both can be true but they count different sets: a count of a kind below a count of the broader thing
    /// ("2 troops" beside "4 people": the other two may be civilians). Not set side by side.</summary>
    Unaligned,
}
