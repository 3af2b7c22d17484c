using static ClaimX.Core.Tests.Attribution.AttributionTestHelpers;

namespace ClaimX.Core.Tests.Attribution;

/// <summary>Whole short articles in house styles other than the seeds': British single quotes, wire copy, credits.</summary>
public class ArticleStyleTests
{
    private const string BritishStyle =
        "Rail strikes to go ahead after talks collapse\n\n" +
        "Union leaders said on Tuesday that walkouts planned for next week would go ahead after talks broke down.\n\n" +
        "‘We have been left with no choice,’ said Mick Lynch, the general secretary of the RMT union. ‘The companies refused to move an inch.’\n\n" +
        "The transport secretary, Grant Shapps, told the BBC the strikes were “entirely unjustified”. He added that the government would not intervene in the dispute.\n\n" +
        "Passenger numbers have yet to recover to pre-pandemic levels, according to figures from the Office of Rail and Road.\n\n" +
        "Reporting by Jane Doe; editing by John Roe";

    [Fact]
    public void Single_quotes_as_quotation_marks_make_direct_claims()
    {
        var claim = ClaimStarting(BritishStyle, "We have been left");
        claim.Kind.Should().Be("direct");
        claim.Speaker.Should().Be("Mick Lynch");
        claim.SpeakerRole.Should().Be("the general secretary of the RMT union");
        Content(BritishStyle, claim).Should().Be("We have been left with no choice,");
        var second = ClaimStarting(BritishStyle, "The companies refused");
        second.Speaker.Should().Be("Mick Lynch");
        Content(BritishStyle, second).Should().Be("The companies refused to move an inch.");
    }

    [Fact]
    public void A_name_in_apposition_to_a_description_is_the_speaker()
    {
        var claim = ClaimStarting(BritishStyle, "the strikes were");
        claim.Speaker.Should().Be("Grant Shapps");
        claim.SpeakerRole.Should().Be("The transport secretary");
        ClaimStarting(BritishStyle, "the government would not intervene").Speaker.Should().Be("Grant Shapps");
    }

    [Fact]
    public void Documents_can_be_sources()
    {
        var claim = ClaimStarting(BritishStyle, "Passenger numbers");
        claim.Speaker.Should().Be("figures from the Office of Rail and Road");
    }

    [Fact]
    public void Credits_and_headlines_give_no_claims()
    {
        Extract(BritishStyle).Should().NotContain(s => Content(BritishStyle, s).Contains("Jane Doe") || Content(BritishStyle, s).Contains("talks collapse"));
    }

    private const string WireStyle =
        "BRUSSELS (Wire) - European Union finance ministers agreed on Friday to delay a vote on the new banking rules, " +
        "two diplomats said, as divisions over the plan deepened.\n\n" +
        "\"There is no majority for this text today,\" one of the diplomats told reporters. \"We will try again in June.\"\n\n" +
        "The European Commission, which drafted the rules, said in a statement it regretted the delay but remained confident of a deal.";

    [Fact]
    public void Wire_copy_with_a_trailing_cue_and_an_appositive_relative_clause()
    {
        var first = ClaimStarting(WireStyle, "European Union finance ministers");
        first.Speaker.Should().Be("two diplomats");
        var quote = ClaimStarting(WireStyle, "There is no majority");
        Mention(WireStyle, quote).Should().Be("one of the diplomats");
        var rest = ClaimStarting(WireStyle, "We will try again in June.");
        Mention(WireStyle, rest).Should().Be("one of the diplomats");
        var body = ClaimStarting(WireStyle, "it regretted the delay");
        body.Speaker.Should().Be("The European Commission");
    }

    private const string BusinessStyle =
        "Carmaker to cut 3,000 jobs\n\nBy Anna Keller\n\n" +
        "Volta Motors will cut about 3,000 jobs over the next two years, the company announced Thursday, as it struggles to fund its move to electric cars.\n\n" +
        "Chief executive Marcus Fell told analysts on a conference call that the cuts were \"painful but necessary.\"\n\n" +
        "In a statement, union president Sharon Diaz said the company was \"putting shareholders ahead of families.\"\n\n" +
        "Analysts were divided. But others warned that the company risked losing engineers.";

    [Fact]
    public void Trailing_cue_with_a_time_and_the_writer_s_clause_after_it()
    {
        var claim = ClaimStarting(BusinessStyle, "Volta Motors will cut");
        Content(BusinessStyle, claim).Should().Be("Volta Motors will cut about 3,000 jobs over the next two years");
        claim.Speaker.Should().Be("the company");
    }

    [Fact]
    public void Addressee_and_setting_before_that_are_skipped()
    {
        var claim = ClaimStarting(BusinessStyle, "the cuts were");
        claim.Kind.Should().Be("mixed");
        claim.Speaker.Should().Be("Marcus Fell");
        claim.SpeakerRole.Should().Be("Chief executive");
    }

    [Fact]
    public void An_office_written_out_stays_with_its_descriptor()
    {
        var claim = ClaimStarting(BusinessStyle, "the company was");
        claim.Speaker.Should().Be("Sharon Diaz");
        claim.SpeakerRole.Should().Be("union president");
    }

    [Fact]
    public void Unnamed_groups_are_speakers()
    {
        ClaimStarting(BusinessStyle, "the company risked").Speaker.Should().Be("others");
        Extract(BusinessStyle).Should().NotContain(s => Content(BusinessStyle, s).Contains("Anna Keller"));
    }
}
