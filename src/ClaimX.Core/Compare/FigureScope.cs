namespace ClaimX.Core.Compare;

/// <summary>Where figures are set side by side, which decides how strictly "about the same thing" is read.</summary>
public enum FigureScope
{
    /// <summary>Inside one statement reported by several sources: the statement itself says what the figures are
    /// about, so an amount of unknown measure is compared with one of known measure, and time spans and ranks too.</summary>
    WithinStatement,

    /// <summary>Across all claims, grouped or not: only counts of the same thing, or amounts of the same named
    /// measure; no time spans, ages or ranks ("first"), which across different statements are about different things.</summary>
    AcrossStatements,
}
