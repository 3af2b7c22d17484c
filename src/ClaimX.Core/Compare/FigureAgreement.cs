using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>
/// Whether two figures about related things state compatible values. A qualifier turns a value into a range
/// (compare-figure-qualifiers.txt): "at least 8" is 8 or more, "up to 10" at most 10, "about 40" within 10%.
/// <list type="bullet">
/// <item>Same thing: they agree when their ranges overlap, and differ otherwise.</item>
/// <item>A kind and the broader thing ("troops" and "people"): the kind's count can never exceed the broader
/// count. They agree when the ranges overlap (the kind alone can be all of them: "at least 4 people" and "11
/// troops"; "4 people" and "4 troops"); they differ when the kind's least count is above the broader count's
/// greatest ("4 people" and "11 troops"); otherwise the kind's count lies below the broader count, both can be true
/// and they count different sets ("4 people" and "2 troops"): unaligned.</item>
/// </list>
/// So a lower bound agrees with a value only when the things are the same or one is a kind of the other and the
/// value reaches the bound.
/// </summary>
public static class FigureAgreement
{
    private const double ApproximateShare = 0.10;

    /// <summary>What <paramref name="a"/> and <paramref name="b"/> say about each other, where
    /// <paramref name="relation"/> is how a's thing relates to b's (<see cref="FigureThing.RelationTo"/>).</summary>
    public static FigureVerdict Compare(Figure a, Figure b, UnitRelation relation)
    {
        if (relation == UnitRelation.Unrelated)
        {
            return FigureVerdict.Unaligned;
        }
        var (aLow, aHigh) = Range(a);
        var (bLow, bHigh) = Range(b);
        double tolerance = 1e-9 * Math.Max(1, Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)));
        if (aLow <= bHigh + tolerance && bLow <= aHigh + tolerance)
        {
            return FigureVerdict.Agree;
        }
        return relation switch
        {
            UnitRelation.Broader => bLow > aHigh + tolerance ? FigureVerdict.Differ : FigureVerdict.Unaligned,
            UnitRelation.Narrower => aLow > bHigh + tolerance ? FigureVerdict.Differ : FigureVerdict.Unaligned,
            _ => FigureVerdict.Differ,
        };
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
