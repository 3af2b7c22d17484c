using ClaimX.Core.Articles;
using ClaimX.Core.Pipeline;

namespace ClaimX.Core.Tests.Articles;

public class ArticleMetadataResolverTests
{
    private const string Credit = "\n\nBody.\n\nThis article was written by Ana Ruiz, a reporter for The Daily Ledger.\n";

    [Fact]
    public void Front_matter_then_defaults_then_inference()
    {
        string withFront = "---\nsource: Front Source\ndate: 2001-02-03\n---\n" + Credit;

        var fromFront = ArticleMetadataResolver.Resolve(FrontMatterParser.Parse(withFront), "Default", new DateOnly(2020, 1, 1), withFront);
        var fromDefaults = ArticleMetadataResolver.Resolve(FrontMatterParser.Parse(Credit), "Default", new DateOnly(2020, 1, 1), Credit);
        var inferred = ArticleMetadataResolver.Resolve(FrontMatterParser.Parse(Credit), null, null, Credit);

        fromFront.Source.Should().Be("Front Source");
        fromFront.Date.Should().Be(new DateOnly(2001, 2, 3));
        fromDefaults.Source.Should().Be("Default");
        fromDefaults.Date.Should().Be(new DateOnly(2020, 1, 1));
        inferred.Source.Should().Be("The Daily Ledger");
        inferred.Date.Should().BeNull("a date is never guessed");
    }

    [Fact]
    public void Extractor_uses_front_matter_and_keeps_offsets_into_the_full_text()
    {
        string text = "---\nsource: Front Source\ndate: 2001-02-03\n---\n\u201CWe will build the new bridge next year,\u201D said Mayor Jane Ruiz.\n";

        var result = new ClaimExtractor(new ExtractionOptions { Source = "Ignored" }).Extract("a.txt", text);

        result.Source.Should().Be("Front Source");
        result.ReferenceDate.Should().Be(new DateOnly(2001, 2, 3));
        result.Claims.Should().NotBeEmpty();
        result.Claims.Should().OnlyContain(c => text.Substring(c.Start, c.End - c.Start) == c.Quote && c.ArticleDate == "2001-02-03");
    }
}
