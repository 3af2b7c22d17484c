using ClaimX.Core.Claims;
using ClaimX.Core.Compare;
using static ClaimX.Core.Tests.Compare.TestClaims;

namespace ClaimX.Core.Tests.Compare;

/// <summary>
/// Counts of a thing and of a kind of it (compare-unit-kinds.txt: troops, civilians... are people). Two outlets
/// report one levee failure; the claims are written by hand so only the figure rules are under test.
/// </summary>
public class FigureKindsTests
{
    private const string Ledger = "Daily Ledger";
    private const string Times = "Coast Times";

    private static Figure Value(double value, string? qualifier = null) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), value, "people", qualifier, 0, 0);

    [Theory]
    // The same thing: ranges overlap or the figures differ.
    [InlineData("at least", 4, null, 11, UnitRelation.Same, FigureVerdict.Agree)]
    [InlineData("at least", 12, null, 11, UnitRelation.Same, FigureVerdict.Differ)]
    [InlineData("about", 40, null, 42, UnitRelation.Same, FigureVerdict.Agree)]
    [InlineData("up to", 10, null, 11, UnitRelation.Same, FigureVerdict.Differ)]
    // The first counts people, the second a kind of people (troops).
    [InlineData("at least", 4, null, 11, UnitRelation.Broader, FigureVerdict.Agree)]
    [InlineData(null, 4, null, 4, UnitRelation.Broader, FigureVerdict.Agree)]
    [InlineData(null, 4, null, 11, UnitRelation.Broader, FigureVerdict.Differ)]
    [InlineData("up to", 10, null, 11, UnitRelation.Broader, FigureVerdict.Differ)]
    [InlineData(null, 4, null, 2, UnitRelation.Broader, FigureVerdict.Unaligned)]
    [InlineData("at least", 12, null, 11, UnitRelation.Broader, FigureVerdict.Unaligned)]
    // The first counts the kind (troops), the second people.
    [InlineData("at least", 4, null, 11, UnitRelation.Narrower, FigureVerdict.Agree)]
    [InlineData("at least", 12, null, 11, UnitRelation.Narrower, FigureVerdict.Differ)]
    [InlineData(null, 2, null, 4, UnitRelation.Narrower, FigureVerdict.Unaligned)]
    [InlineData(null, 4, null, 4, UnitRelation.Unrelated, FigureVerdict.Unaligned)]
    public void A_lower_bound_agrees_only_with_a_related_count_that_reaches_it(
        string? qualifierA, double a, string? qualifierB, double b, UnitRelation relation, FigureVerdict expected)
    {
        FigureAgreement.Compare(Value(a, qualifierA), Value(b, qualifierB), relation).Should().Be(expected);
    }

    [Theory]
    [InlineData("people", "troops", UnitRelation.Broader)]
    [InlineData("soldiers", "persons", UnitRelation.Narrower)]
    [InlineData("civilians", "people", UnitRelation.Narrower)]
    [InlineData("person", "residents", UnitRelation.Broader)]
    [InlineData("troops", "security forces", UnitRelation.Same)]
    [InlineData("troops", "civilians", UnitRelation.Unrelated)]
    [InlineData("people", "attacks", UnitRelation.Unrelated)]
    public void Units_relate_by_the_kinds_lexicon_within_a_statement(string unitA, string unitB, UnitRelation expected)
    {
        Thing(unitA).RelationTo(Thing(unitB)).Should().Be(expected);
        Thing(unitB).RelationTo(Thing(unitA)).Should().Be(expected switch
        {
            UnitRelation.Broader => UnitRelation.Narrower,
            UnitRelation.Narrower => UnitRelation.Broader,
            _ => expected,
        });
    }

    [Fact]
    public void Across_statements_a_kind_is_not_related_to_the_broader_thing()
    {
        Thing("people").RelationTo(Thing("troops"), FigureScope.AcrossStatements).Should().Be(UnitRelation.Unrelated);
        Thing("troops").RelationTo(Thing("soldiers"), FigureScope.AcrossStatements).Should().Be(UnitRelation.Same);
    }

    [Fact]
    public void A_lower_bound_of_people_agrees_with_a_greater_count_of_troops()
    {
        var report = Compare("at least 4 people", 4, "people", "at least", "11 troops", 11, "troops");

        var group = report.Groups.Should().ContainSingle().Subject;
        group.Status.Should().Be(ComparisonStatus.Consistent);
        var people = group.Figures.Should().ContainSingle().Subject;
        people.Thing.Should().Be("people");
        people.Agree.Should().BeTrue();
        people.Values.Select(v => (v.Source, v.Value, v.Unit)).Should().Equal((Ledger, 4.0, "people"), (Times, 11.0, "troops"));
    }

    [Fact]
    public void An_exact_count_of_people_below_a_count_of_troops_conflicts()
    {
        var report = Compare("4 people", 4, "people", null, "11 troops", 11, "troops");

        var group = report.Groups.Should().ContainSingle().Subject;
        group.Status.Should().Be(ComparisonStatus.Conflicting);
        group.Figures.Should().ContainSingle().Which.Agree.Should().BeFalse();
    }

    [Fact]
    public void A_count_of_troops_below_the_count_of_people_is_another_set_and_not_compared()
    {
        var report = Compare("4 people", 4, "people", null, "2 troops", 2, "troops");

        var group = report.Groups.Should().ContainSingle().Subject;
        group.Status.Should().Be(ComparisonStatus.Consistent);
        group.Figures.Should().BeEmpty();
    }

    [Fact]
    public void A_lower_bound_not_reached_by_the_same_thing_conflicts()
    {
        var report = Compare("at least 4 people", 4, "people", "at least", "2 people", 2, "people");

        report.Groups.Should().ContainSingle().Which.Status.Should().Be(ComparisonStatus.Conflicting);
    }

    [Fact]
    public void A_lower_bound_of_troops_is_not_checked_against_civilians()
    {
        var report = Compare("at least 4 troops", 4, "troops", "at least", "2 civilians", 2, "civilians");

        var group = report.Groups.Should().ContainSingle().Subject;
        group.Status.Should().Be(ComparisonStatus.Consistent);
        group.Figures.Should().BeEmpty();
    }

    [Fact]
    public void Kinds_beside_a_broader_total_they_stay_under_are_no_conflict()
    {
        var ledger = Make(Ledger, "the county emergency office", "four civilians and 11 troops were killed when the levee failed near the old mill",
            ClaimKinds.Indirect, figures: [Fig("four civilians", 4, "civilians"), Fig("11 troops", 11, "troops")]);
        var times = Make(Times, "the county emergency office", "at least 15 people were killed when the levee failed near the old mill",
            ClaimKinds.Indirect, figures: [Fig("at least 15 people", 15, "people", "at least")]);

        var report = ClaimComparer.Compare([ledger, times]);

        var group = report.Groups.Should().ContainSingle().Subject;
        group.Status.Should().Be(ComparisonStatus.Consistent);
        group.Figures.Should().BeEmpty();
    }

    [Fact]
    public void Across_different_statements_people_and_troops_are_not_compared()
    {
        var ledger = Make(Ledger, "the county sheriff", "4 people were arrested for looting shops on the high street",
            ClaimKinds.Indirect, figures: [Fig("4 people", 4, "people")]);
        var times = Make(Times, "Gen. Ruth Okafor", "11 troops were sent to guard the levee overnight",
            ClaimKinds.Indirect, figures: [Fig("11 troops", 11, "troops")]);

        var report = ClaimComparer.Compare([ledger, times]);

        report.Groups.Should().HaveCount(2).And.OnlyContain(g => g.Status == ComparisonStatus.SingleSource);
        report.DifferingFigures.Should().BeEmpty();
    }

    private static ComparisonReport Compare(string textA, double valueA, string unitA, string? qualifierA, string textB, double valueB, string unitB)
    {
        var ledger = Make(Ledger, "the county emergency office", $"{textA} were killed when the levee failed near the old mill on Tuesday",
            ClaimKinds.Indirect, figures: [Fig(textA, valueA, unitA, qualifierA)]);
        var times = Make(Times, "the county emergency office", $"{textB} were killed when the levee failed near the old mill on Tuesday",
            ClaimKinds.Indirect, figures: [Fig(textB, valueB, unitB)]);
        return ClaimComparer.Compare([ledger, times]);
    }

    private static FigureThing Thing(string unit)
    {
        var claim = Make(Ledger, "the county emergency office", $"12 {unit} were counted", ClaimKinds.Indirect, figures: [Fig($"12 {unit}", 12, unit)]);
        return FigureThing.Of(claim, claim.Figures[0])!;
    }
}
