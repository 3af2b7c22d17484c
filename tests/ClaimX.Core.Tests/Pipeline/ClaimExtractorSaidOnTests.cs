using ClaimX.Core.Pipeline;

namespace ClaimX.Core.Tests.Pipeline;

public class ClaimExtractorSaidOnTests
{
    [Fact]
    public void A_date_inside_the_speaker_mention_does_not_date_the_statement()
    {
        const string text = "Ruth Glass, who signed the order on Feb. 12, added that the audit was finished.";
        var claims = new ClaimExtractor(new ExtractionOptions { Date = new DateOnly(2024, 3, 4) }).Extract("a", text).Claims;
        var claim = claims.Should().ContainSingle(c => c.Quote == "the audit was finished").Subject;
        claim.SaidOn.Should().BeNull();
    }

    [Fact]
    public void A_date_next_to_the_cue_dates_the_statement()
    {
        const string text = "Ruth Glass said on Tuesday that the audit was finished.";
        var claims = new ClaimExtractor(new ExtractionOptions { Date = new DateOnly(2024, 3, 7) }).Extract("a", text).Claims;
        claims.Should().ContainSingle().Which.SaidOn.Should().Be("2024-03-05");
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\u201C")]
    public void Yesterday_beside_the_cue_dates_the_statement_whatever_quotes_came_before(string open)
    {
        // A long quotation in the paragraph before: the said-on window reaches into it, and its quote marks must
        // be paired from the start of its line, not from the window's edge.
        string close = open == "\"" ? "\"" : "\u201D";
        string text =
            $"{open}The council has spent the whole winter arguing over the route of the new tram line, and the residents of the "
            + $"eastern districts have waited long enough for an answer that they can plan their working lives around,{close} Ana Reyes "
            + "told the assembly.\n\n"
            + $"{open}We finished the survey,{close} Tom Brady said yesterday.";
        var claims = new ClaimExtractor(new ExtractionOptions { Date = new DateOnly(2021, 6, 10) }).Extract("a", text).Claims;
        claims.Should().ContainSingle(c => c.Quote == "We finished the survey,").Which.SaidOn.Should().Be("2021-06-09");
    }
}
