using static ClaimX.Core.Tests.Attribution.AttributionTestHelpers;

namespace ClaimX.Core.Tests.Attribution;

public class ClaimFilterTests
{
    [Fact]
    public void Scare_quotes_are_not_claims()
    {
        const string text = "The company described the layoffs as a “restructuring” of its staff.";
        Extract(text).Should().NotContain(s => Content(text, s) == "restructuring");
    }

    [Fact]
    public void Titles_of_works_are_not_claims()
    {
        // The cue is there, so only the title rule keeps the quoted title from becoming a direct claim.
        const string text = "She said she starred in “The Long Road Home” last year.";
        var spans = Extract(text);
        spans.Should().NotContain(s => s.Kind == "direct", Describe(text, spans));
        spans.Should().NotContain(s => Content(text, s) == "The Long Road Home");
    }

    [Fact]
    public void All_caps_promotional_lines_are_not_claims()
    {
        const string text = "The mayor spoke on Friday.\n\nMAYOR SAYS THE BRIDGE WILL REOPEN SOON\n\nTraffic was light.";
        Extract(text).Should().BeEmpty();
    }

    [Fact]
    public void Credits_are_not_claims()
    {
        const string text = "Traffic was light.\n\nJane Roe said in Boston and the Associated Press contributed to this report.";
        Extract(text).Should().BeEmpty();
    }

    [Fact]
    public void Passive_cues_do_not_make_the_subject_a_speaker()
    {
        const string text = "The new budget plan was criticized by residents of the town.";
        Extract(text).Should().BeEmpty();
    }

    [Fact]
    public void The_object_of_a_preposition_is_not_a_speaker()
    {
        const string text = "The treaty signed between Norway and the Netherlands called for joint patrols in the north.";
        Extract(text).Should().NotContain(s => s.Speaker == "the Netherlands");
    }

    [Fact]
    public void Negated_cues_report_nothing()
    {
        const string text = "The rebels have not claimed responsibility for any of the attacks.";
        Extract(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Her weekly tweets drew sharp criticism from the senator.", "tweets")]
    [InlineData("The new plan would cut taxes for most families.", "plan")]
    public void Cue_words_used_as_nouns_are_not_cues(string text, string noun)
    {
        Extract(text).Should().NotContain(s => Cue(text, s) == noun);
    }

    [Fact]
    public void A_quoted_title_after_titled_is_not_a_claim()
    {
        const string text = "The campaign released an advertisement titled “We Will Not Go Back To The Old Ways,” the spokesman said.";
        Extract(text).Should().NotContain(s => s.Kind == "direct");
    }

    [Fact]
    public void A_programme_title_with_the_comma_inside_the_marks_is_not_a_quote()
    {
        const string text = "In an interview on “Meet the Press,” Senator Ann Lee said the bill would pass.";
        var spans = Extract(text);
        spans.Should().ContainSingle(Describe(text, spans));
        Content(text, spans[0]).Should().Be("the bill would pass");
    }

    [Fact]
    public void A_short_quote_in_lower_case_words_is_speech_not_a_title()
    {
        const string text = "“We need change,” the senator said.";
        ClaimStarting(text, "We need change").Kind.Should().Be("direct");
    }

    [Fact]
    public void A_quote_reported_after_that_is_part_of_a_mixed_claim()
    {
        const string text = "Spokeswoman Jane Roe said by email that, “Of course the mayor will defend himself” against the charges.";
        var claim = ClaimStarting(text, "“Of course");
        claim.Kind.Should().Be("mixed");
        Content(text, claim).Should().EndWith("against the charges");
    }

    [Fact]
    public void An_adjunct_after_a_cue_is_not_a_reported_clause()
    {
        const string text = "Those were the minister's words, the aide said on Friday as he entered the talks in Brussels.";
        Extract(text).Should().NotContain(s => Content(text, s).StartsWith("as he entered", StringComparison.Ordinal));
        const string bare = "The minister said Friday as he entered the talks in Brussels.";
        Extract(bare).Should().BeEmpty();
    }
}
