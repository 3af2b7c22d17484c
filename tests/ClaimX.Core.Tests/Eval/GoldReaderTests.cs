using System.Text;
using ClaimX.Core.Eval;

namespace ClaimX.Core.Tests.Eval;

public class GoldReaderTests
{
    private static IReadOnlyList<GoldArticle> Read(string json) => GoldReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Reads_articles_and_claims_in_snake_case()
    {
        var articles = Read("""
            [ { "article": "a.txt", "reference_date": "2020-03-04", "source": "Outlet",
                "claims": [ { "speaker": "Ann Lee", "aliases": ["Lee"], "kind": "direct", "cue": "said",
                              "content": "We will win", "start": 10, "end": 21, "figures": [4, 1.5], "dates": ["2020-03-03"], "optional": true } ] } ]
            """);
        articles.Should().ContainSingle();
        var a = articles[0];
        a.ReferenceDate.Should().Be("2020-03-04");
        a.Source.Should().Be("Outlet");
        var c = a.Claims.Should().ContainSingle().Subject;
        c.Aliases.Should().Equal("Lee");
        c.Figures.Should().Equal(4, 1.5);
        c.Dates.Should().Equal("2020-03-03");
        c.Optional.Should().BeTrue();
        (c.Start, c.End).Should().Be((10, 21));
    }

    [Theory]
    [InlineData("{ \"article\": \"a.txt\" }")]
    [InlineData("[ { \"article\": \"a.txt\", \"claims\": [ { \"start\": \"x\" } ] } ]")]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[ { \"claims\": [] } ]")]
    [InlineData("[ { \"article\": \"a.txt\", \"claims\": [ { \"start\": -1, \"end\": 3 } ] } ]")]
    public void Malformed_files_raise_one_line_errors(string json)
    {
        var act = () => Read(json);
        act.Should().Throw<InvalidDataException>().Which.Message.Should().NotContain("\n");
    }
}
