using static ClaimX.Core.Tests.Attribution.AttributionTestHelpers;

namespace ClaimX.Core.Tests.Attribution;

public class SpeakerResolverTests
{
    [Fact]
    public void Short_name_resolves_to_the_fullest_name_without_titles()
    {
        const string text = "Senator Maria Lopez spoke first.\n\n“It is a good day for the state,” Lopez said.";
        var claim = ClaimStarting(text, "It is a good day");
        Mention(text, claim).Should().Be("Lopez");
        claim.Speaker.Should().Be("Maria Lopez");
    }

    [Theory]
    [InlineData("“The plan will not work,” said the shadow home secretary, Chris Philp.", "The plan will not work", "Chris Philp", "the shadow home secretary")]
    [InlineData("“We will appeal,” said the club's chairman, Ian Moss, after the hearing.", "We will appeal", "Ian Moss", "the club's chairman")]
    public void A_name_in_apposition_after_a_description_is_the_speaker(string text, string quote, string speaker, string role)
    {
        var claim = ClaimStarting(text, quote);
        claim.Speaker.Should().Be(speaker);
        claim.SpeakerRole.Should().Be(role);
    }

    [Fact]
    public void A_description_followed_by_a_place_stays_the_speaker()
    {
        const string text = "“The roads are closed,” said the police chief, in a statement.";
        ClaimStarting(text, "The roads are closed").Speaker.Should().Be("the police chief");
    }

    [Fact]
    public void Pronoun_resolves_to_the_most_recent_speaker()
    {
        const string text = "Tom Reed said the vote had been fair.\n\nThe count ended late.\n\n“We counted every ballot twice,” he said.";
        ClaimStarting(text, "We counted").Speaker.Should().Be("Tom Reed");
    }

    [Fact]
    public void Pronoun_they_resolves_to_the_most_recent_body()
    {
        const string text = "The health ministry said the outbreak was contained.\n\nThey said that new cases had fallen for a week.";
        ClaimStarting(text, "new cases").Speaker.Should().Be("The health ministry");
    }

    [Fact]
    public void Description_resolves_to_the_person_the_article_ties_it_to()
    {
        const string text = "The agency's chief scientist said the data were sound.\n\nLater, Ruth Glass, the agency's chief scientist, said the review was over.";
        var first = ClaimStarting(text, "the data were sound");
        Mention(text, first).Should().Be("The agency's chief scientist");
        first.Speaker.Should().Be("Ruth Glass");
    }

    [Fact]
    public void Description_with_no_tie_is_its_own_speaker()
    {
        const string text = "A senior diplomat said the talks would resume next week.";
        ClaimStarting(text, "the talks would resume").Speaker.Should().Be("A senior diplomat");
    }

    [Fact]
    public void Pre_name_descriptor_is_the_role()
    {
        const string text = "Rebel spokesman Omar Haddad confirmed the ceasefire had held overnight.";
        var claim = ClaimStarting(text, "the ceasefire had held");
        claim.Speaker.Should().Be("Omar Haddad");
        claim.SpeakerRole.Should().Be("Rebel spokesman");
        Mention(text, claim).Should().Be("Rebel spokesman Omar Haddad");
    }

    [Fact]
    public void Multi_word_titles_are_removed()
    {
        const string text = "Secretary of Defense Alan Marsh said the troops would stay until spring.";
        var claim = ClaimStarting(text, "the troops would stay");
        claim.Speaker.Should().Be("Alan Marsh");
        claim.SpeakerRole.Should().Be("Secretary of Defense");
    }

    [Fact]
    public void Relative_clause_speaker_resolves_to_its_antecedent()
    {
        const string text = "Leila Haddad, who led the inquiry for two years, added that the files were incomplete.";
        ClaimStarting(text, "the files were incomplete").Speaker.Should().Be("Leila Haddad");
    }

    [Fact]
    public void Bodies_are_speakers_as_written()
    {
        const string text = "Norway’s foreign ministry said the embassy would stay closed.";
        ClaimStarting(text, "the embassy would stay closed").Speaker.Should().Be("Norway’s foreign ministry");
    }

    [Fact]
    public void Pronoun_gender_skips_a_speaker_known_to_differ()
    {
        const string text = "Mrs. Ann Ortiz chaired the meeting.\n\nCouncilman Tom Reed said the plan was sound.\n\n“We will vote next week,” she said.";
        ClaimStarting(text, "We will vote").Speaker.Should().Be("Ann Ortiz");
    }

    [Fact]
    public void Pronoun_takes_the_latest_speaker_when_gender_is_unknown()
    {
        const string text = "Ann Ortiz said the plan was sound.\n\nTom Reed said the vote was fair.\n\n“We counted twice,” he said.";
        ClaimStarting(text, "We counted twice").Speaker.Should().Be("Tom Reed");
    }

    [Fact]
    public void A_title_ending_in_a_cue_word_stays_a_title()
    {
        const string text = "Secretary of State Dana Wells told reporters that the embassy would reopen.";
        var claim = ClaimStarting(text, "the embassy would reopen");
        claim.Speaker.Should().Be("Dana Wells");
        claim.SpeakerRole.Should().Be("Secretary of State");
    }

    [Fact]
    public void The_descriptor_before_a_rank_is_the_role()
    {
        const string text = "Army spokesman Maj. Erik Lund said the convoy had returned to base.";
        var claim = ClaimStarting(text, "the convoy had returned");
        claim.Speaker.Should().Be("Erik Lund");
        claim.SpeakerRole.Should().Be("Army spokesman");
    }

    [Fact]
    public void A_participle_clause_after_the_name_is_not_part_of_the_mention()
    {
        const string text = "Ann Lee, speaking to farmers in Iowa, said the subsidy would stay.";
        var claim = ClaimStarting(text, "the subsidy would stay");
        Mention(text, claim).Should().Be("Ann Lee");
    }

    [Fact]
    public void A_relative_clause_after_the_name_is_in_the_mention_but_not_the_speaker_or_role()
    {
        const string text = "Ann Lee, who chairs the farm committee, said the subsidy would stay.";
        var claim = ClaimStarting(text, "the subsidy would stay");
        Mention(text, claim).Should().Be("Ann Lee, who chairs the farm committee");
        claim.Speaker.Should().Be("Ann Lee");
        claim.SpeakerRole.Should().BeNull();
    }

    [Fact]
    public void A_contracted_first_person_pronoun_resolves_like_the_pronoun()
    {
        const string text = "Tom Reed spoke at the rally.\n\n“Everyone knows it,” I've said before, “and it is true.”";
        var spans = Extract(text);
        spans.Should().OnlyContain(s => s.Speaker == "Tom Reed", Describe(text, spans));
    }

    [Fact]
    public void A_description_tied_by_an_appositive_outside_any_claim_resolves_to_the_name()
    {
        const string text = "Bill Carter, the former mayor, visited the flooded district on Sunday.\n\nThe former mayor said the levee had been neglected for years.";
        var claim = ClaimStarting(text, "the levee had been neglected");
        claim.Speaker.Should().Be("Bill Carter");
        Mention(text, claim).Should().Be("The former mayor");
    }

    [Theory]
    [InlineData("“The harvest is late this year,” said Ann Lee, speaking to farmers in Iowa.", "Ann Lee")]
    [InlineData("Ann Lee, at a meeting in Iowa on Monday, said the harvest would be late this year.", "Ann Lee")]
    public void Inserts_saying_where_or_what_the_speaker_was_doing_are_not_the_mention(string text, string mention)
    {
        var claim = Extract(text).Should().ContainSingle().Subject;
        Mention(text, claim).Should().Be(mention);
    }

    [Fact]
    public void A_title_written_earlier_with_the_full_name_is_the_role_of_a_short_mention()
    {
        const string text = "Governor Ann Lee toured the flooded towns on Sunday.\n\nLee said the state would pay for the repairs.";
        var claim = ClaimStarting(text, "the state would pay");
        claim.Speaker.Should().Be("Ann Lee");
        claim.SpeakerRole.Should().Be("Governor");
    }
}
