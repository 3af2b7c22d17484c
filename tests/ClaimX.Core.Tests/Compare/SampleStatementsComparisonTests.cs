using ClaimX.Core.Claims;
using ClaimX.Core.Compare;
using static ClaimX.Core.Tests.Compare.TestClaims;

namespace ClaimX.Core.Tests.Compare;

/// <summary>
/// The statements of the two sample articles (Fox News, The Washington Post, 2020-03-04), attributed by hand the
/// way the extractor is meant to (speaker, role, figures with units), so that the checks on the comparison
/// are tested independently of extraction quality. <see cref="SampleArticlesComparisonTests"/> runs the same checks
/// on claims the extractor produces.
/// </summary>
public class SampleStatementsComparisonTests
{
    private const string Fox = "Fox News";
    private const string Post = "The Washington Post";

    private static readonly Claim[] Claims =
    [
        Make(Fox, "Sonny Leggett", "the airstrike Wednesday was conducted against four Taliban fighters in Nahr-e Saraj, in the Helmand province, who he said were “actively attacking” an Afghan National Defense and Security Force (ANDSF) checkpoint",
            ClaimKinds.Indirect, role: "U.S. military spokesman", figures: [Fig("four Taliban fighters", 4, "fighters")], dates: [Date("Wednesday", "2020-03-04")], start: 234),
        Make(Fox, "Sonny Leggett", "This was a defensive strike to disrupt the attack,", start: 450),
        Make(Fox, "Sonny Leggett", "This was our 1st strike against the Taliban in 11 days.", figures: [Fig("11 days", 11, "days")], start: 513),
        Make(Fox, "Sonny Leggett", "Taliban forces had conducted 43 attacks on Afghan troops on Tuesday in the same province", ClaimKinds.Indirect,
            figures: [Fig("43 attacks", 43, "attacks")], dates: [Date("Tuesday", "2020-03-03")], start: 740),
        Make(Fox, "Sonny Leggett", "To be clear – we are committed to peace, however, we have the responsibility to defend our ANDSF partners,", start: 832),
        Make(Fox, "Afghanistan’s interior ministry", "four civilians and 11 troops were killed Wednesday in a wave of attacks attributed to the Taliban across the country in the past 24 hours",
            ClaimKinds.Indirect, figures: [Fig("four civilians", 4, "civilians"), Fig("11 troops", 11, "troops"), Fig("24 hours", 24, "hours")],
            dates: [Date("Wednesday", "2020-03-04")], start: 1200),
        Make(Fox, "Donald Trump", "he spoke on the phone to a Taliban leader", ClaimKinds.Indirect, start: 1700),
        Make(Fox, "Donald Trump", "I spoke to the leader of the Taliban today,", dates: [Date("today", "2020-03-03")], start: 1800),
        Make(Fox, "Donald Trump", "We had a very good talk.", start: 1880),
        Make(Fox, "Zabiullah Mujahid", "Trump spoke with Taliban leader Mullah Abdul Ghani Baradar", ClaimKinds.Indirect, role: "Taliban spokesman", start: 1950),

        Make(Post, "Donald Trump", "he had \"a very good talk\" with the militant's senior political leader", ClaimKinds.Mixed, start: 400),
        Make(Post, "Donald Trump", "the two men agreed on \"no violence, we don't want violence.\"", ClaimKinds.Mixed, figures: [Fig("two men", 2, "men")], start: 480),
        Make(Post, "Sonny Leggett", "the strike was carried out in defense of Afghan security forces when their outpost in Helmand came under attack by Taliban fighters",
            ClaimKinds.Indirect, role: "The U.S. military spokesman in Kabul", start: 600),
        Make(Post, "Sonny Leggett", "This was a defensive strike to disrupt the attack. This was our 1st strike against the Taliban in 11 days,",
            figures: [Fig("11 days", 11, "days")], start: 760),
        Make(Post, "Zabiullah Mujahid", "the \"reduction-in-violence period is over.\"", ClaimKinds.Mixed, role: "a Taliban spokesman", start: 1100),
        Make(Post, "Nasrat Rahimi", "Over the past 24 hours, the Taliban have conducted 30 attacks that have killed four civilians, 11 security forces and wounded 18 others",
            ClaimKinds.Indirect, role: "a spokesman for the Interior Ministry",
            figures: [Fig("24 hours", 24, "hours"), Fig("30 attacks", 30, "attacks"), Fig("four civilians", 4, "civilians"), Fig("11 security forces", 11, "security forces"), Fig("18 others", 18, "others")],
            start: 1200),
        Make(Post, "Ghulam Rabbani", "In one attack in Kunduz, at least eight soldiers were killed overnight", ClaimKinds.Indirect, role: "a local lawmaker",
            figures: [Fig("at least eight soldiers", 8, "soldiers", "at least")], start: 1400),
        Make(Post, "Sonny Leggett", "Taliban leadership promised the int'l community they would reduce violence and not increase attacks. We call on the Taliban to stop needless attacks and uphold their commitments. As we have demonstrated, we will defend our partners when required,",
            role: "the U.S. military spokesman", start: 2000),
    ];

    private static readonly ComparisonReport Report = ClaimComparer.Compare(Claims);

    private static GroupComparison GroupContaining(string quote) =>
        Report.Groups.Single(g => g.Sources.Any(s => s.Wording.Contains(quote, StringComparison.Ordinal)));

    [Fact]
    public void The_split_defensive_strike_quote_is_one_identical_group_across_both_outlets()
    {
        var group = GroupContaining("This was a defensive strike to disrupt the attack");
        group.Sources.Select(s => s.Source).Should().BeEquivalentTo(Fox, Post);
        group.Sources.Single(s => s.Source == Fox).ClaimIds.Should().HaveCount(2);
        group.Sources.Single(s => s.Source == Post).ClaimIds.Should().HaveCount(1);
        group.Status.Should().Be(ComparisonStatus.Identical);
    }

    [Fact]
    public void The_very_good_talk_is_one_group()
    {
        var group = GroupContaining("We had a very good talk.");
        group.Sources.Select(s => s.Source).Should().BeEquivalentTo(Fox, Post);
        group.Sources.Single(s => s.Source == Post).Wording.Should().Contain("a very good talk");
        group.Status.Should().Be(ComparisonStatus.Consistent);
    }

    [Fact]
    public void The_ministry_and_its_spokesman_report_the_same_toll_and_it_agrees()
    {
        var group = GroupContaining("four civilians and 11 troops");
        group.Sources.Select(s => s.Source).Should().BeEquivalentTo(Fox, Post);
        group.Status.Should().Be(ComparisonStatus.Consistent);
        group.Figures.Select(f => (f.Thing, f.Agree)).Should().Contain([("civilians", true), ("troops", true)]);
    }

    [Fact]
    public void Attacks_43_and_30_are_surfaced_as_differing_and_the_tolls_are_not()
    {
        var attacks = Report.DifferingFigures.Should().ContainSingle().Subject;
        attacks.Thing.Should().Be("attacks");
        attacks.Values.Select(v => (v.Source, v.Value)).Should().BeEquivalentTo(new[] { (Fox, 43.0), (Post, 30.0) });
    }

    [Fact]
    public void Different_speakers_are_not_grouped_and_unmatched_statements_stay_single_source()
    {
        GroupContaining("reduction-in-violence").Status.Should().Be(ComparisonStatus.SingleSource);
        GroupContaining("43 attacks").Status.Should().Be(ComparisonStatus.SingleSource);
        GroupContaining("at least eight soldiers").Status.Should().Be(ComparisonStatus.SingleSource);
    }
}
