using ClaimX.Core.Pipeline;

namespace ClaimX.Core.Tests.Pipeline;

/// <summary>How the pipeline anchors dates: --date first, else the dateline; said_on from the cue.</summary>
public class ClaimExtractorDateTests
{
    private const string Article =
        "Wednesday, March 4, 2020\n\n"
        + "\u201CWe struck four Taliban positions in 11 days and will strike again,\u201D the colonel said Tuesday.\n";

    [Fact]
    public void Uses_the_dateline_when_no_date_is_given()
    {
        var result = new ClaimExtractor().Extract("a.txt", Article);

        result.ReferenceDate.Should().Be(new DateOnly(2020, 3, 4));
        var claim = result.Claims.Should().ContainSingle().Subject;
        claim.ArticleDate.Should().Be("2020-03-04");
        claim.SaidOn.Should().Be("2020-03-03");
        claim.Figures.Select(f => f.Value).Should().Equal(4, 11);
        claim.Figures[0].Unit.Should().Be("positions");
        claim.Dates.Select(d => d.Value).Should().Equal("P11D");
    }

    [Fact]
    public void Never_takes_the_date_from_the_file_name()
    {
        string undated = Article[Article.IndexOf('\u201C', StringComparison.Ordinal)..];

        var result = new ClaimExtractor().Extract("news/outlet_2020-03-05_story.txt", undated);

        result.ReferenceDate.Should().BeNull();
        result.Claims.Single().ArticleDate.Should().BeNull();
    }

    [Fact]
    public void A_given_date_wins_over_the_dateline()
    {
        var result = new ClaimExtractor(new ExtractionOptions { Date = new DateOnly(2020, 3, 6) }).Extract("a.txt", Article);

        result.ReferenceDate.Should().Be(new DateOnly(2020, 3, 6));
        result.Claims.Single().SaidOn.Should().Be("2020-03-03");
    }
}
