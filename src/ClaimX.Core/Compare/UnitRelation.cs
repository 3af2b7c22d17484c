namespace ClaimX.Core.Compare;

/// <summary>How the thing one figure counts relates to the thing another counts (<see cref="FigureThing.RelationTo"/>).</summary>
public enum UnitRelation
{
    /// <summary>Different things ("attacks" and "troops"): never compared.</summary>
    Unrelated,

    /// <summary>The same thing: the same unit or synonyms ("troops", "soldiers"), and no contradicting measure.</summary>
    Same,

    /// <summary>The first thing includes the second: "people" and "troops".</summary>
    Broader,

    /// <summary>The first thing is a kind of the second: "troops" and "people".</summary>
    Narrower,
}
