using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>
/// What a figure counts or measures, in comparable form: the unit's synonym set ("troops" for "soldiers" and
/// "security forces") and the measure noun around it ("revenue" in "revenue of $2.3 million"). Two figures are
/// about the same thing when their units agree and their measures do not contradict (an unknown measure is
/// compatible with any); within a statement, a count can also be of a kind of the other's thing (troops of people).
/// </summary>
public sealed record FigureThing(string? Unit, string? Measure)
{
    /// <summary>The unit as a reader would name it: the synonym set's name, else the unit as written.</summary>
    public string? UnitName { get; init; }

    /// <summary>The thing a figure of a claim is about, or null when neither a unit nor a measure is known.</summary>
    public static FigureThing? Of(Claim claim, Figure figure)
    {
        var unit = Canonical(figure.Unit);
        // A count's unit says what is counted; an amount ($, %) is about the measure noun around it.
        var measure = unit is null || IsAmountUnit(unit) ? FigureMeasure.Find(claim, figure) : null;
        if (unit is null && measure is null)
        {
            return null;
        }
        string? unitName = unit is null ? null
            : CompareLexicons.SynonymSets.Contains(unit) ? unit
            : WordNormalizer.Sequence(figure.Unit);
        return new FigureThing(unit, measure) { UnitName = unitName };
    }

    public bool IsTimeSpan => Unit is not null && CompareLexicons.TimeUnits.Contains(Unit);

    public bool IsAmount => Unit is null || IsAmountUnit(Unit);

    /// <summary>
    /// How this thing relates to another. Same: the same unit and no contradicting measure; within a statement an
    /// unknown measure is compatible with any, across statements an amount must name the same measure on both sides,
    /// or there is no telling what it is about. Broader or narrower: within one statement, a count of a kind of the
    /// other's thing (compare-unit-kinds.txt: troops are people). Across statements a count of people and a count of
    /// troops are most often about different groups, so kinds are not related there.
    /// </summary>
    public UnitRelation RelationTo(FigureThing other, FigureScope scope = FigureScope.WithinStatement)
    {
        if (Unit is null || other.Unit is null)
        {
            return Unit is null && other.Unit is null && Measure is not null && Measure == other.Measure ? UnitRelation.Same : UnitRelation.Unrelated;
        }
        if (Unit != other.Unit)
        {
            if (scope == FigureScope.WithinStatement && !IsAmount && !other.IsAmount)
            {
                if (IsKindOf(other.Unit, Unit))
                {
                    return UnitRelation.Broader;
                }
                if (IsKindOf(Unit, other.Unit))
                {
                    return UnitRelation.Narrower;
                }
            }
            return UnitRelation.Unrelated;
        }
        if (scope == FigureScope.AcrossStatements && IsAmount)
        {
            return Measure is not null && Measure == other.Measure ? UnitRelation.Same : UnitRelation.Unrelated;
        }
        return Measure is null || other.Measure is null || Measure == other.Measure ? UnitRelation.Same : UnitRelation.Unrelated;
    }

    /// <summary>How many broader things stand above this one's unit ("troops": 1, "people": 0); orders the things of
    /// an alignment so that the broadest names it.</summary>
    public int Depth => Unit is null ? 0 : Ancestors(Unit).Count();

    /// <summary>The broadest thing above this one's unit, or the unit itself: figures that can relate share it.</summary>
    internal string? Root => Unit is null ? null : Ancestors(Unit).LastOrDefault() ?? Unit;

    private static bool IsKindOf(string unit, string broader) => Ancestors(unit).Contains(broader, StringComparer.Ordinal);

    private static IEnumerable<string> Ancestors(string unit)
    {
        // Bounded: a cycle written into the lexicon by mistake must not hang a comparison.
        var current = unit;
        for (int step = 0; step < 16 && CompareLexicons.BroaderUnits.TryGetValue(current, out var parent) && parent != unit; step++)
        {
            yield return parent;
            current = parent;
        }
    }

    private static bool IsAmountUnit(string unit) => CompareLexicons.AmountUnits.Contains(unit);

    public override string ToString() => (Measure, Unit) switch
    {
        (null, _) => UnitName ?? Unit!,
        (_, null) => Measure,
        _ => $"{Measure} ({UnitName ?? Unit})",
    };

    /// <summary>A unit or measure name reduced to its synonym set's name; unknown names stay as written
    /// (lower case, plural), so "attack" and "attacks" still meet.</summary>
    internal static string? Canonical(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var singular = WordNormalizer.SingularPhrase(name);
        if (CompareLexicons.Synonyms.TryGetValue(singular, out var set))
        {
            return set;
        }
        int space = singular.LastIndexOf(' ');
        if (space > 0 && CompareLexicons.Synonyms.TryGetValue(singular[(space + 1)..], out set))
        {
            return set;
        }
        return singular;
    }
}
