using System.Text;
using System.Text.Json;
using ClaimX.Cli.Output;
using ClaimX.Core.Claims;
using ClaimX.Core.Pipeline;

namespace ClaimX.Cli.Tests;

/// <summary>The writers on claims built by hand, so every field (figures, dates, nulls) is exercised.</summary>
public class ClaimWriterTests
{
    private static readonly Claim Full = new()
    {
        Article = "news/a.txt",
        Source = "The Daily Ledger",
        ArticleDate = "2020-03-04",
        Id = "news/a.txt#1",
        Kind = ClaimKinds.Indirect,
        Speaker = "Nasrat Rahimi",
        SpeakerMention = "Nasrat Rahimi",
        SpeakerStart = 300,
        SpeakerEnd = 313,
        SpeakerRole = "a spokesman for the Interior Ministry",
        Cue = "according to",
        CueLemma = "according to",
        Quote = "the Taliban have conducted 43 attacks that killed four civilians, \"mostly\" at night,\nsince Tuesday",
        Start = 200,
        End = 298,
        Paragraph = 7,
        Figures =
        [
            new Figure("43 attacks", 43, "attacks", null, 230, 240),
            new Figure("four civilians", 4, "civilians", "at least", 253, 267),
        ],
        Dates = [new DateMention("since Tuesday", "2020-03-03", DateKinds.Date, 285, 298)],
        SaidOn = "2020-03-04",
    };

    private static readonly Claim Bare = new()
    {
        Article = "-",
        Id = "-#1",
        Kind = ClaimKinds.Direct,
        Quote = "=SUM(A1)",
        Start = 0,
        End = 8,
        Paragraph = 1,
    };

    private static string Write(Func<Stream, IClaimWriter> create, params ArticleResult[] articles)
    {
        using var stream = new MemoryStream();
        var writer = create(stream);
        foreach (var article in articles)
        {
            writer.WriteArticle(article);
        }
        writer.Complete();
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static ArticleResult Article(params Claim[] claims) => new("x", null, null, claims);

    [Fact]
    public void Csv_row_quotes_by_rfc4180_and_flattens_lists()
    {
        string csv = Write(s => new CsvClaimWriter(s), Article(Full, Bare));

        var expectedQuote = "\"the Taliban have conducted 43 attacks that killed four civilians, \"\"mostly\"\" at night,\nsince Tuesday\"";
        csv.Should().StartWith(string.Join(',', CsvClaimWriter.Columns) + "\r\n");
        csv.Should().Contain(
            "news/a.txt,The Daily Ledger,2020-03-04,news/a.txt#1,indirect,Nasrat Rahimi,Nasrat Rahimi,300,313," +
            "a spokesman for the Interior Ministry,according to,according to," + expectedQuote +
            ",200,298,7,43 attacks; four civilians,43; 4,since Tuesday,2020-03-03,2020-03-04\r\n");
        csv.Should().EndWith("-,,,-#1,direct,,,,,,,,=SUM(A1),0,8,1,,,,,\r\n");
    }

    [Fact]
    public void Json_array_has_every_field_with_nested_figures_and_dates()
    {
        string json = Write(s => new JsonClaimWriter(s), Article(Full), Article(), Article(Bare));

        using var document = JsonDocument.Parse(json);
        var claims = document.RootElement.EnumerateArray().ToList();
        claims.Should().HaveCount(2);
        var full = claims[0];
        full.GetProperty("speaker_role").GetString().Should().Be("a spokesman for the Interior Ministry");
        full.GetProperty("figures")[1].GetProperty("qualifier").GetString().Should().Be("at least");
        full.GetProperty("figures")[1].GetProperty("value").GetDouble().Should().Be(4);
        full.GetProperty("figures")[0].GetProperty("unit").GetString().Should().Be("attacks");
        full.GetProperty("dates")[0].GetProperty("kind").GetString().Should().Be("date");
        full.GetProperty("said_on").GetString().Should().Be("2020-03-04");
        var bare = claims[1];
        bare.GetProperty("source").ValueKind.Should().Be(JsonValueKind.Null, "unknown values are written as null, not left out");
        bare.GetProperty("speaker_start").ValueKind.Should().Be(JsonValueKind.Null);
        bare.GetProperty("figures").GetArrayLength().Should().Be(0);
        json.Split('\n').Should().HaveCount(5, "'[', one claim per line, ']', and the final newline");
    }

    [Fact]
    public void Jsonl_is_one_object_per_line_and_empty_articles_write_nothing()
    {
        string jsonl = Write(s => new JsonlClaimWriter(s), Article(Full), Article(), Article(Bare));

        var lines = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Should().Equal("news/a.txt#1", "-#1");
    }

    [Fact]
    public void List_cells_use_the_documented_separator()
    {
        ClaimListFormatter.FigureTexts(Full.Figures).Should().Be("43 attacks; four civilians");
        ClaimListFormatter.FigureValues(Full.Figures).Should().Be("43; 4");
        ClaimListFormatter.FigureValues([new Figure("2.5 million", 2_500_000, null, null, 0, 1), new Figure("0.75", 0.75, null, null, 0, 1)])
            .Should().Be("2500000; 0.75");
        ClaimListFormatter.DateValues(Full.Dates).Should().Be("2020-03-03");
        ClaimListFormatter.DateTexts([]).Should().BeEmpty();
    }
}
