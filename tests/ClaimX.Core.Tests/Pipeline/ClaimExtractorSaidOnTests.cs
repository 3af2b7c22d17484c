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
}
