using System.Text;
using ClaimX.Cli.Compare;

namespace ClaimX.Cli.Tests;

public class ClaimsFormatSnifferTests
{
    [Theory]
    [InlineData("[\n  {\n    \"article\": \"a.txt\"", ClaimsFormat.Json)]
    [InlineData("  []\n", ClaimsFormat.Json)]
    [InlineData("\uFEFF[{\"article\":\"a.txt\"}]", ClaimsFormat.Json)]
    [InlineData("{\"article\":\"a.txt\",\"quote\":\"x\"}\n{\"article\"", ClaimsFormat.JsonLines)]
    [InlineData("article,source,quote,figures\r\na.txt,Ledger,x,\r\n", ClaimsFormat.Csv)]
    [InlineData("\"article\",\"quote\"\n", ClaimsFormat.Csv)]
    public void Claims_in_each_format_are_recognised_by_their_first_bytes(string head, ClaimsFormat expected)
    {
        ClaimsFormatSniffer.Detect(Encoding.UTF8.GetBytes(head)).Should().Be((expected, (string?)null));
    }

    [Theory]
    [InlineData("---\nsource: Daily Ledger\n---\nThe mayor said the water is receding.")]
    [InlineData("[Photo: the levee] The mayor said the water is receding.")]
    [InlineData("{Updated} The mayor said the water is receding.")]
    [InlineData("Snow, ice and wind close the pass\n\nThe road was shut.")]
    [InlineData("Snow,Ice\nThe road was shut.")]
    [InlineData("")]
    public void Prose_is_an_article(string head)
    {
        ClaimsFormatSniffer.Detect(Encoding.UTF8.GetBytes(head)).Should().Be(((ClaimsFormat?)null, (string?)null));
    }

    [Fact]
    public void A_csv_header_without_article_and_quote_is_data_but_not_claims()
    {
        var (format, error) = ClaimsFormatSniffer.Detect("id,name,value\n1,x,2\n"u8);

        format.Should().BeNull();
        error.Should().Contain("without 'article' and 'quote' columns");
    }
}
