using ClaimX.Core.Articles;

namespace ClaimX.Core.Tests.Articles;

public class FrontMatterParserTests
{
    [Fact]
    public void Reads_every_key_and_the_body_offset()
    {
        const string text = "---\ntitle: \"Strike: a report\"\nsource: The Washington Post\ndate: 2020-03-04\nurl: https://example.org/a?b=c\nauthor: 'Susannah George'\n---\nKABUL — Body.";

        var front = FrontMatterParser.Parse(text);

        front.Present.Should().BeTrue();
        front.Metadata.Should().Be(new ArticleMetadata("Strike: a report", "The Washington Post", new DateOnly(2020, 3, 4), "https://example.org/a?b=c", "Susannah George"));
        text[front.BodyStart..].Should().Be("KABUL — Body.");
        front.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Crlf_block_and_case_insensitive_keys()
    {
        const string text = "---\r\nSource: Fox News\r\nDATE: 2020-03-04T12:30:00Z\r\n---\r\nBody.";

        var front = FrontMatterParser.Parse(text);

        front.Metadata.Source.Should().Be("Fox News");
        front.Metadata.Date.Should().Be(new DateOnly(2020, 3, 4));
        text[front.BodyStart..].Should().Be("Body.");
    }

    [Theory]
    [InlineData("Body first.\n---\nsource: X\n---\n")]
    [InlineData("---\nsource: X\nno closing fence, so this is body text\n")]
    [InlineData("---\nThis is a paragraph after a rule, not metadata.\n---\nMore.")]
    [InlineData(" ---\nsource: X\n---\n")]
    [InlineData("")]
    public void Anything_but_a_closed_block_at_the_very_top_is_body(string text)
    {
        var front = FrontMatterParser.Parse(text);

        front.Present.Should().BeFalse();
        front.BodyStart.Should().Be(0);
        front.Metadata.Should().Be(ArticleMetadata.Empty);
    }

    [Fact]
    public void Unknown_keys_blank_lines_and_comments_are_ignored()
    {
        var front = FrontMatterParser.Parse("---\n# exported by tool\nsection: world\n\nsource: Reuters\n---\n");

        front.Metadata.Should().Be(new ArticleMetadata(Source: "Reuters"));
    }

    [Fact]
    public void A_date_that_is_not_iso_is_dropped_with_a_warning()
    {
        var front = FrontMatterParser.Parse("---\ndate: March 4, 2020\n---\nBody");

        front.Metadata.Date.Should().BeNull();
        front.Warnings.Should().ContainSingle().Which.Should().Contain("March 4, 2020");
    }

    [Theory]
    [InlineData("2020-03-04", 2020, 3, 4)]
    [InlineData("2020-03-04T00:00:00+02:00", 2020, 3, 4)]
    [InlineData("2020-03-04 08:00", 2020, 3, 4)]
    public void ParseDate_accepts_iso_dates_with_optional_time(string value, int y, int m, int d)
    {
        FrontMatterParser.ParseDate(value).Should().Be(new DateOnly(y, m, d));
    }

    [Theory]
    [InlineData("2020-02-30")]
    [InlineData("20200304")]
    [InlineData("2020-03-04x")]
    [InlineData("04/03/2020")]
    [InlineData(null)]
    public void ParseDate_rejects_anything_else(string? value)
    {
        FrontMatterParser.ParseDate(value).Should().BeNull();
    }
}
