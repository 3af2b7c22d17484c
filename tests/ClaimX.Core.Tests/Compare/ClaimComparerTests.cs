using ClaimX.Core.Claims;
using ClaimX.Core.Compare;
using static ClaimX.Core.Tests.Compare.TestClaims;

namespace ClaimX.Core.Tests.Compare;

/// <summary>
/// Three outlets (Daily Ledger, Coast Times, Metro Post) report one event, a river flood in a small town, with
/// claims written by hand so the comparison rules are tested apart from extraction.
/// </summary>
public class ClaimComparerTests
{
    private const string Ledger = "Daily Ledger";
    private const string Times = "Coast Times";
    private const string Post = "Metro Post";

    private static GroupComparison GroupOf(ComparisonReport report, Claim claim) =>
        report.Groups.Single(g => g.Sources.Any(s => s.ClaimIds.Contains(claim.Id)));

    [Fact]
    public void A_split_quote_a_partial_quote_and_a_paraphrase_form_one_group()
    {
        var ledger1 = Make(Ledger, "Dana Whitfield", "The water is receding.", start: 300);
        var ledger2 = Make(Ledger, "Dana Whitfield", "We expect residents to return home by Friday.", start: 340);
        var times = Make(Times, "Mayor Dana Whitfield", "The water is receding. We expect residents to return home by Friday.");
        var post = Make(Post, "Whitfield", "residents could return home by Friday", ClaimKinds.Indirect);

        var report = ClaimComparer.Compare([ledger1, ledger2, times, post]);

        report.Groups.Should().ContainSingle();
        var group = report.Groups[0];
        group.Sources.Select(s => s.Source).Should().Equal(Ledger, Times, Post);
        group.Sources[0].ClaimIds.Should().Equal(ledger1.Id, ledger2.Id);
        group.Status.Should().Be(ComparisonStatus.Consistent);
        group.Speaker.Should().Be("Mayor Dana Whitfield");
    }

    [Fact]
    public void A_claim_that_runs_two_quotes_and_its_attribution_together_meets_one_of_them()
    {
        var ledger = Make(Ledger, "Dana Whitfield",
            "The levee held overnight,\" Whitfield told reporters at the town hall on Monday. \"We expect residents to return home by Friday.");
        var times = Make(Times, "Mayor Dana Whitfield",
            "\"residents could return home by Friday\" and praised the volunteers who filled sandbags through the night", ClaimKinds.Mixed);
        ContentSimilarity.Of(ledger.Quote, times.Quote).IsSimilar.Should().BeFalse("as wholes the two claims share too little");

        var report = ClaimComparer.Compare([ledger, times]);

        report.Groups.Should().ContainSingle().Which.Status.Should().Be(ComparisonStatus.Consistent);
    }

    [Fact]
    public void The_same_words_cut_differently_are_identical()
    {
        var ledger1 = Make(Ledger, "Dana Whitfield", "The water is receding,", start: 300);
        var ledger2 = Make(Ledger, "Dana Whitfield", "We expect residents to return home by Friday.", start: 340);
        var times = Make(Times, "Whitfield", "The water is receding. We expect residents to return home by Friday.");

        var report = ClaimComparer.Compare([times, ledger2, ledger1]);

        report.Groups.Should().ContainSingle().Which.Status.Should().Be(ComparisonStatus.Identical);
    }

    [Fact]
    public void Different_speakers_saying_similar_things_stay_apart()
    {
        var mayor = Make(Ledger, "Mayor Dana Whitfield", "residents could return home by Friday", ClaimKinds.Indirect);
        var chief = Make(Times, "Fire Chief Omar Reyes", "residents could return home by Friday", ClaimKinds.Indirect);
        var body = Make(Post, "the Riverton Fire Department", "residents may return home by Friday", ClaimKinds.Indirect);

        var report = ClaimComparer.Compare([mayor, chief, body]);

        GroupOf(report, mayor).Sources.Should().ContainSingle();
        GroupOf(report, mayor).Status.Should().Be(ComparisonStatus.SingleSource);
        GroupOf(report, chief).Sources.Should().ContainSingle();
        GroupOf(report, body).Sources.Should().ContainSingle();
    }

    [Fact]
    public void A_spokesperson_and_the_body_they_speak_for_are_grouped()
    {
        var ledger = Make(Ledger, "the Riverton Fire Department", "crews rescued 57 people from rooftops overnight",
            ClaimKinds.Indirect, figures: [Fig("57 people", 57, "people")]);
        var times = Make(Times, "Lena Ortiz", "Our crews rescued 57 people from rooftops overnight.",
            role: "a spokeswoman for the Riverton Fire Department", figures: [Fig("57 people", 57, "people")]);

        var report = ClaimComparer.Compare([ledger, times]);

        var group = report.Groups.Should().ContainSingle().Subject;
        group.Status.Should().Be(ComparisonStatus.Consistent);
        group.Figures.Should().ContainSingle().Which.Agree.Should().BeTrue();
    }

    [Fact]
    public void A_figure_that_differs_within_a_statement_makes_it_conflicting()
    {
        var ledger = Make(Ledger, "the county emergency office", "the flood damaged 340 homes along the river",
            ClaimKinds.Indirect, figures: [Fig("340 homes", 340, "homes")]);
        var times = Make(Times, "County Emergency Office officials", "the flood damaged 410 houses along the river",
            ClaimKinds.Indirect, figures: [Fig("410 houses", 410, "houses")]);
        var post = Make(Post, "the county emergency office", "the flood damaged 340 homes along the river",
            ClaimKinds.Indirect, figures: [Fig("340 homes", 340, "homes")]);

        var report = ClaimComparer.Compare([ledger, times, post]);

        var group = report.Groups.Should().ContainSingle().Subject;
        group.Status.Should().Be(ComparisonStatus.Conflicting);
        var homes = group.Figures.Should().ContainSingle().Subject;
        homes.Thing.Should().Be("homes");
        homes.Agree.Should().BeFalse();
        homes.Values.Select(v => (v.Source, v.Value)).Should().BeEquivalentTo(new[] { (Ledger, 340.0), (Times, 410.0), (Post, 340.0) });
        report.DifferingFigures.Should().ContainSingle().Which.Thing.Should().Be("homes");
    }

    [Fact]
    public void Two_different_measures_of_one_thing_are_not_a_conflict()
    {
        var ledger = Make(Ledger, "Riverton Mills", "the mill lost income of $2.1 million during the closure",
            ClaimKinds.Indirect, figures: [Fig("$2.1 million", 2_100_000, "USD")]);
        var times = Make(Times, "Riverton Mills", "the mill lost revenue of $2.3 million during the closure",
            ClaimKinds.Indirect, figures: [Fig("$2.3 million", 2_300_000, "USD")]);

        var report = ClaimComparer.Compare([ledger, times]);

        var group = report.Groups.Should().ContainSingle().Subject;
        group.Status.Should().Be(ComparisonStatus.Consistent);
        group.Figures.Should().BeEmpty("income and revenue are different measures, so nothing is set side by side");
        report.DifferingFigures.Should().BeEmpty();
    }

    [Fact]
    public void The_same_measure_named_two_ways_is_compared()
    {
        var ledger = Make(Ledger, "Riverton Mills", "revenue of $2.1 million was lost",
            ClaimKinds.Indirect, figures: [Fig("$2.1 million", 2_100_000, "USD")]);
        var times = Make(Times, "a spokesman for Riverton Mills", "the closure cost the mill $2.3 million in sales",
            ClaimKinds.Indirect, figures: [Fig("$2.3 million", 2_300_000, "USD")]);

        var report = ClaimComparer.Compare([ledger, times]);

        report.DifferingFigures.Should().ContainSingle().Which.Thing.Should().Be("revenue (USD)");
    }

    [Fact]
    public void Figures_that_differ_across_ungrouped_claims_are_listed()
    {
        var ledger = Make(Ledger, "Fire Chief Omar Reyes", "crews carried out 43 rescues on Tuesday in the north of the county",
            ClaimKinds.Indirect, figures: [Fig("43 rescues", 43, "rescues")]);
        var times = Make(Times, "the county emergency office", "volunteers and crews made 30 rescues over the past 24 hours",
            ClaimKinds.Indirect, figures: [Fig("30 rescues", 30, "rescues"), Fig("24 hours", 24, "hours")]);
        var post = Make(Post, "Mayor Dana Whitfield", "the town will need 24 hours to restore power", ClaimKinds.Indirect,
            figures: [Fig("24 hours", 24, "hours")]);

        var report = ClaimComparer.Compare([ledger, times, post]);

        GroupOf(report, ledger).Status.Should().Be(ComparisonStatus.SingleSource);
        var differing = report.DifferingFigures.Should().ContainSingle().Subject;
        differing.Thing.Should().Be("rescues");
        differing.Values.Select(v => v.Value).Should().Equal(43, 30);
    }

    [Fact]
    public void Ranks_ages_time_spans_and_amounts_of_unknown_measure_are_not_compared_across_statements()
    {
        var ledger = Make(Ledger, "Mayor Dana Whitfield", "the 1st shelter opened after 3 days, said the 63 year-old, and cost $4 million",
            ClaimKinds.Indirect, figures: [Fig("1st", 1, "shelter"), Fig("3 days", 3, "days"), Fig("63", 63, "year-old"), Fig("$4 million", 4e6, "USD")]);
        var times = Make(Times, "Fire Chief Omar Reyes", "the third shelter took 5 days to open; the 40 year-old chief put the bill at $6 million",
            ClaimKinds.Indirect, figures: [Fig("third", 3, "shelter"), Fig("5 days", 5, "days"), Fig("40", 40, "year-old"), Fig("$6 million", 6e6, "USD")]);

        ClaimComparer.Compare([ledger, times]).DifferingFigures.Should().BeEmpty();
    }

    [Fact]
    public void Synonymous_units_that_agree_are_not_listed_and_an_extra_local_count_is_no_conflict()
    {
        var ledger = Make(Ledger, "the county emergency office", "two civilians and 11 soldiers died in the flood",
            ClaimKinds.Indirect, figures: [Fig("two civilians", 2, "civilians"), Fig("11 soldiers", 11, "soldiers")]);
        var times = Make(Times, "Gen. Ruth Okafor", "the flood killed 11 troops, among them at least eight soldiers in one camp",
            ClaimKinds.Indirect, figures: [Fig("11 troops", 11, "troops"), Fig("at least eight soldiers", 8, "soldiers", "at least")]);

        var report = ClaimComparer.Compare([ledger, times]);

        report.DifferingFigures.Should().BeEmpty();
    }

    [Fact]
    public void A_qualified_figure_agrees_with_any_value_in_its_range()
    {
        var ledger = Make(Ledger, "Fire Chief Omar Reyes", "at least 50 people were rescued from rooftops",
            ClaimKinds.Indirect, figures: [Fig("at least 50 people", 50, "people", "at least")]);
        var times = Make(Times, "Omar Reyes", "57 people were rescued from rooftops",
            ClaimKinds.Indirect, figures: [Fig("57 people", 57, "people")]);

        var group = ClaimComparer.Compare([ledger, times]).Groups.Should().ContainSingle().Subject;
        group.Status.Should().Be(ComparisonStatus.Consistent);
        group.Figures.Should().ContainSingle(f => f.Thing == "people").Which.Agree.Should().BeTrue("57 is in 'at least 50'");
    }

    [Fact]
    public void A_date_that_differs_within_a_statement_makes_it_conflicting()
    {
        var ledger = Make(Ledger, "Dana Whitfield", "the levee failed on Tuesday near the old mill", ClaimKinds.Indirect,
            dates: [Date("Tuesday", "2024-04-02")]);
        var times = Make(Times, "Whitfield", "the levee failed on Monday near the old mill", ClaimKinds.Indirect,
            dates: [Date("Monday", "2024-04-01")]);
        var post = Make(Post, "Whitfield", "the levee near the old mill failed in the night to April 2", ClaimKinds.Indirect,
            dates: [Date("April 2", "XXXX-04-02")]);

        var report = ClaimComparer.Compare([ledger, times, post]);

        var group = report.Groups.Should().ContainSingle().Subject;
        group.Status.Should().Be(ComparisonStatus.Conflicting);
        group.Dates.Should().ContainSingle().Which.Agree.Should().BeFalse();
        DateAligner.Agree("XXXX-04-02", "2024-04-02").Should().BeTrue();
    }

    [Fact]
    public void Articles_without_a_source_are_told_apart_by_path()
    {
        var a = Make(Ledger, "Whitfield", "The water is receding.") with { Source = null, Article = "a.txt" };
        var b = Make(Ledger, "Whitfield", "The water is receding.") with { Source = " ", Article = "b.txt" };

        var report = ClaimComparer.Compare([a, b]);

        report.Sources.Should().Equal("a.txt", "b.txt");
        report.Groups.Should().ContainSingle().Which.Status.Should().Be(ComparisonStatus.Identical);
    }
}
