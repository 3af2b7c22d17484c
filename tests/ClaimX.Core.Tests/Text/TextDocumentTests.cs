using ClaimX.Core.Text;

namespace ClaimX.Core.Tests.Text;

public class TextDocumentTests
{
    private const string Text = "---\nsource: X\n---\nCol. Leggett said: \"It was defensive.\" He left.\n\nTalks resume.";

    private static TextDocument Document() => TextAnalyzer.Analyze(Text, Text.IndexOf("Col.", StringComparison.Ordinal));

    [Fact]
    public void The_body_start_excludes_front_matter()
    {
        var document = Document();
        document.BodyStart.Should().Be(Text.IndexOf("Col.", StringComparison.Ordinal));
        document.Token(0).Value.Should().Be("Col.");
        document.Token(0).Flags.Should().HaveFlag(TokenFlags.LineStart | TokenFlags.Title);
        document.Paragraphs.Should().HaveCount(2);
    }

    [Fact]
    public void Token_lookups_by_offset()
    {
        var document = Document();
        int said = Text.IndexOf("said", StringComparison.Ordinal);
        document.TokenText(document.TokenIndexAt(said + 2)).ToString().Should().Be("said");
        document.TokenIndexAt(said - 1).Should().Be(-1, "the offset is a space");
        var quote = document.Quotations.Single();
        var range = document.TokenRange(quote.Content);
        string.Join(" ", Enumerable.Range(range.Start.Value, range.End.Value - range.Start.Value).Select(i => document.Token(i).Value))
            .Should().Be("It was defensive .");
    }

    [Fact]
    public void Sentence_and_paragraph_of_a_token()
    {
        var document = Document();
        int he = document.TokenIndexAt(Text.IndexOf("He left", StringComparison.Ordinal));
        document.SentenceOf(he).Should().Be(1);
        document.ParagraphOf(he).Should().Be(0);
        int talks = document.TokenIndexAt(Text.IndexOf("Talks", StringComparison.Ordinal));
        document.SentenceOf(talks).Should().Be(2);
        document.ParagraphOf(talks).Should().Be(1);
        document.SentenceOf(document.Tokens.Count).Should().Be(-1);
    }

    [Fact]
    public void The_token_span_matches_the_token_list()
    {
        var document = Document();
        document.TokenSpan.ToArray().Should().Equal(document.Tokens);
    }

    [Fact]
    public void Empty_text_gives_an_empty_document()
    {
        var document = TextAnalyzer.Analyze(string.Empty);
        document.Tokens.Should().BeEmpty();
        document.Paragraphs.Should().BeEmpty();
        document.Sentences.Should().BeEmpty();
        document.Quotations.Should().BeEmpty();
        document.QuotationAt(0).Should().Be(-1);
        document.SentenceIndexAt(0).Should().Be(-1);
    }
}
