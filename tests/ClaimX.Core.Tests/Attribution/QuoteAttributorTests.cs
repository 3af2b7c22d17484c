using static ClaimX.Core.Tests.Attribution.AttributionTestHelpers;

namespace ClaimX.Core.Tests.Attribution;

public class QuoteAttributorTests
{
    [Fact]
    public void Pronoun_after_the_quote_takes_the_named_speaker_before_it()
    {
        const string text = "Mayor Linda Okafor visited the bridge on Friday.\n\n“The bridge will reopen to traffic next month,” she added.";
        var claim = ClaimStarting(text, "The bridge will reopen");
        claim.Kind.Should().Be("direct");
        Content(text, claim).Should().Be("The bridge will reopen to traffic next month,");
        Cue(text, claim).Should().Be("added");
        claim.CueLemma.Should().Be("add");
        Mention(text, claim).Should().Be("she");
        claim.Speaker.Should().Be("Linda Okafor");
    }

    [Theory]
    [InlineData("The council has delayed the vote twice. Said Rosa Delgado: “We are running out of patience with this process.”", "Rosa Delgado")]
    [InlineData("The council has delayed the vote twice. Added the mayor: “We are running out of patience with this process.”", "the mayor")]
    public void An_inverted_cue_opening_its_sentence_takes_the_speaker_before_the_colon(string text, string mention)
    {
        var claim = ClaimStarting(text, "We are running out");
        claim.Kind.Should().Be("direct");
        Mention(text, claim).Should().Be(mention);
    }

    [Fact]
    public void A_cue_inside_its_sentence_before_a_colon_does_not_invert()
    {
        // "said" has no speaker before it and does not open the sentence: the quotation has no cue.
        const string text = "As was said many times at the hearing: “We are running out of patience with this process.”";
        Extract(text).Should().NotContain(s => s.SpeakerMention != null && Content(text, s).StartsWith("We are running", StringComparison.Ordinal));
    }

    [Fact]
    public void Inverted_cue_with_title_keeps_the_title_as_role()
    {
        const string text = "“We expect the convoy to arrive before dawn,” said Gen. Marcus Hale in a statement.";
        var claim = ClaimStarting(text, "We expect the convoy");
        Cue(text, claim).Should().Be("said");
        Mention(text, claim).Should().Be("Gen. Marcus Hale");
        claim.Speaker.Should().Be("Marcus Hale");
        claim.SpeakerRole.Should().Be("Gen.");
    }

    [Theory]
    [InlineData("Dr. Ana Ruiz said: “The vaccine supply is adequate for the winter.”")]
    [InlineData("Dr. Ana Ruiz said, “The vaccine supply is adequate for the winter.”")]
    public void Cue_before_the_quote_with_colon_or_comma(string text)
    {
        var claim = ClaimStarting(text, "The vaccine supply");
        claim.Kind.Should().Be("direct");
        Content(text, claim).Should().Be("The vaccine supply is adequate for the winter.");
        claim.Speaker.Should().Be("Ana Ruiz");
    }

    [Theory]
    [InlineData("“The first phase of the work is done,” Ruiz said. “The second one begins in May.”")]
    [InlineData("“The first phase of the work is done,” Ruiz said, “and the second one begins in May.”")]
    public void A_quote_split_around_its_cue_gives_each_part_the_same_speaker_and_cue(string text)
    {
        var spans = Extract(text);
        spans.Should().HaveCount(2, Describe(text, spans));
        Content(text, spans[0]).Should().Be("The first phase of the work is done,");
        Content(text, spans[1]).Should().EndWith("second one begins in May.").And.NotContain("Ruiz");
        spans.Should().OnlyContain(s => s.Speaker == "Ruiz");
        spans.Select(s => Cue(text, s)).Should().Equal("said", "said");
    }

    [Fact]
    public void A_quote_over_two_paragraphs_is_one_claim()
    {
        const string text = "Ruiz said: “The first paragraph of what she said is here.\n\n“And the second paragraph continues the same quote.”";
        var claim = ClaimStarting(text, "The first paragraph");
        Content(text, claim).Should().EndWith("continues the same quote.");
        claim.Speaker.Should().Be("Ruiz");
    }

    [Fact]
    public void A_floating_quote_paragraph_belongs_to_the_previous_speaker()
    {
        const string text = "“The harvest was smaller than last year,” farmer Joan Pike said.\n\n“Prices will have to rise before the spring.”\n\nThe market opened later.";
        var floating = ClaimStarting(text, "Prices will have to rise");
        floating.Speaker.Should().Be("Joan Pike");
        Cue(text, floating).Should().Be("said");
    }

    [Fact]
    public void A_dash_and_a_name_sign_a_quote()
    {
        const string text = "Readers wrote in.\n\n“The new timetable has made my commute twice as long.” ― Maria Gomez\n\nOthers agreed.";
        var claim = ClaimStarting(text, "The new timetable");
        claim.Speaker.Should().Be("Maria Gomez");
    }

    [Fact]
    public void A_transcript_label_attributes_its_paragraph()
    {
        const string text = "A partial transcript follows.\n\nHOST: What will the council decide about the budget tonight?\n\nMORALES: We will vote on the budget after the hearing.";
        var answer = ClaimStarting(text, "We will vote");
        answer.Speaker.Should().Be("MORALES");
        Content(text, answer).Should().Be("We will vote on the budget after the hearing.");
    }

    [Fact]
    public void Unattributed_quote_with_no_speaker_nearby_is_not_a_claim()
    {
        const string text = "The sign on the door read “Closed for the holidays until further notice.”\n\nNobody came.";
        Extract(text).Should().BeEmpty();
    }

    [Fact]
    public void A_subheading_with_a_colon_is_not_a_transcript_label()
    {
        const string text = "The Long Wait: Residents said the repairs had taken three years to finish.";
        Extract(text).Should().NotContain(s => s.Speaker == "The Long Wait");
    }

    [Fact]
    public void Narration_leading_into_a_quote_before_its_cue_is_a_mixed_claim()
    {
        const string text = "The talks were “constructive and long overdue,” the minister said on Friday.";
        var claim = ClaimStarting(text, "The talks were");
        claim.Kind.Should().Be("mixed");
        Content(text, claim).Should().Be("The talks were “constructive and long overdue,”");
        Mention(text, claim).Should().Be("the minister");
    }

    [Fact]
    public void A_short_quoted_sentence_with_its_cue_is_a_claim()
    {
        const string text = "Asked whether the plant would close, the manager paused.\n\n“Never,” she said.";
        ClaimStarting(text, "Never").Kind.Should().Be("direct");
    }
}
