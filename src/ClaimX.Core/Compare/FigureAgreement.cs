using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>
/// Whether two figures about the same thing state compatible values. A qualifier turns a value into a range
/// (compare-figure-qualifiers.txt): "at least 8" is 8 or more, "up to 10" at most 10, "about 40" within 10%.
/// Two figures agree when their ranges overlap.
/// </summary>
public static class FigureAgreement
{
    private const double ApproximateShare = 0.10;

    public static bool Agree(Figure a, Figure b)
    {
        var (aLow, aHigh) = Range(a);
        var (bLow, bHigh) = Range(b);
        double tolerance = 1e-9 * Math.Max(1, Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)));
        return aLow <= bHigh + tolerance && bLow <= aHigh + tolerance;
    }

    private static (double Low, double High) Range(Figure figure)
    {
        double v = figure.Value;
        string? bound = figure.Qualifier is { } q
            && CompareLexicons.Qualifiers.TryGetValue(WordNormalizer.Sequence(q), out var kind) ? kind : null;
        return bound switch
        {
            "min" => (v, double.PositiveInfinity),
            "max" => (double.NegativeInfinity, v),
            "approx" => (v - Math.Abs(v) * ApproximateShare, v + Math.Abs(v) * ApproximateShare),
            _ => (v, v),
        };
    }
}
