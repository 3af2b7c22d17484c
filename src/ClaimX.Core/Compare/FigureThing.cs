using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>
/// What a figure counts or measures, in comparable form: the unit's synonym set ("troops" for "soldiers" and
/// "security forces") and the measure noun around it ("revenue" in "revenue of $2.3 million"). Two figures are
/// about the same thing when their units agree and their measures do not contradict (an unknown measure is
/// compatible with any).
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
    /// Same unit and no contradicting measure. Within a statement an unknown measure is compatible with any; across
    /// statements an amount must name the same measure on both sides, or there is no telling what it is about.
    /// </summary>
    public bool IsCompatibleWith(FigureThing other, FigureScope scope = FigureScope.WithinStatement)
    {
        if (Unit is null || other.Unit is null)
        {
            return Unit is null && other.Unit is null && Measure is not null && Measure == other.Measure;
        }
        if (Unit != other.Unit)
        {
            return false;
        }
        if (scope == FigureScope.AcrossStatements && IsAmount)
        {
            return Measure is not null && Measure == other.Measure;
        }
        return Measure is null || other.Measure is null || Measure == other.Measure;
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
