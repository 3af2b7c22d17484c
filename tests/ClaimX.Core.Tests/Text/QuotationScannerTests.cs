using ClaimX.Core.Text;
using static ClaimX.Core.Tests.Text.TextTestHelpers;

namespace ClaimX.Core.Tests.Text;

public class QuotationScannerTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        // Curly and straight double quotes mixed in one article.
        { "A “defensive” strike.\n\n\"I spoke to him,\" Trump said.", ["defensive", "I spoke to him,"] },
        // A straight pair closed by a curly mark and the other way round.
        { "He said \"it is over” and “we won\" today.", ["it is over", "we won"] },
        // Apostrophes are not quote marks.
        { "The Talibs’ demands and Fox News' report didn't change the int'l view of the '90s or rock 'n' roll.", [] },
        { "\"Afghanistan’s leaders didn't agree,\" he said.", ["Afghanistan’s leaders didn't agree,"] },
        // Single quotes in a headline, at top level.
        { "TRUMP SAYS HE HAD 'GOOD TALK' WITH TALIBAN LEADER", ["GOOD TALK"] },
        // A plural possessive closing a single quotation.
        { "He called them 'the Talibs' and left.", ["the Talibs"] },
        { "'The Talibs' leaders are here,' he said.", ["The Talibs' leaders are here,"] },
        // Guillemets, low-9 German quotes, CJK brackets.
        { "Il a dit « nous restons » hier.", ["nous restons"] },
        { "Er sagte „wir bleiben“ gestern.", ["wir bleiben"] },
        { "Er sagte »wir bleiben« gestern.", ["wir bleiben"] },
        { "他说「我们留下」。", ["我们留下"] },
        // Doubled single marks standing for double quotes.
        { "''It is disqualifying,'' said Mr. Goldberg, a former commissioner.", ["It is disqualifying,"] },
        { "He called it ``a genius move'' in August.", ["a genius move"] },
        // Elisions inside a single quotation do not end it.
        { "'I love rock 'n' roll and the '90s,' he said.", ["I love rock 'n' roll and the '90s,"] },
        { "“They didn’t want ’em back,” she said of the Talibs’ prisoners.", ["They didn’t want ’em back,"] },
        // Empty quotes.
        { "He said \"\" nothing.", [""] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_quotations(string text, string[] expected)
    {
        Contents(TextAnalyzer.Analyze(text)).Should().Equal(expected);
    }

    [Fact]
    public void Single_quotes_nest_inside_double_quotes()
    {
        const string text = "\"They never got a commitment that says, 'If I execute the following conditions,' he noted, we deliver,\" he said.";
        var document = TextAnalyzer.Analyze(text);
        Contents(document).Should().Equal(
            "They never got a commitment that says, 'If I execute the following conditions,' he noted, we deliver,",
            "If I execute the following conditions,");
        var inner = document.Quotations[1];
        inner.Parent.Should().Be(0);
        inner.Depth.Should().Be(1);
        inner.Closed.Should().BeTrue();
        document.Quotations[0].Depth.Should().Be(0);
        document.Quotations[0].Parent.Should().Be(-1);
    }

    [Fact]
    public void An_unclosed_nested_quote_ends_where_its_parent_closes()
    {
        const string text = "\"They never got a commitment that says, 'If I execute the following conditions, then we deliver,\" he said. Later \"more\" came.";
        var document = TextAnalyzer.Analyze(text);
        Contents(document).Should().Equal(
            "They never got a commitment that says, 'If I execute the following conditions, then we deliver,",
            "If I execute the following conditions, then we deliver,",
            "more");
        document.Quotations[0].Closed.Should().BeTrue();
        document.Quotations[1].Closed.Should().BeFalse();
        document.Quotations[1].Parent.Should().Be(0);
    }

    [Fact]
    public void Double_quotes_nest_inside_single_quotes()
    {
        const string text = "'He told me \"never again\" twice,' she said.";
        var document = TextAnalyzer.Analyze(text);
        Contents(document).Should().Equal("He told me \"never again\" twice,", "never again");
        document.Quotations[1].Parent.Should().Be(0);
    }

    [Fact]
    public void An_unbalanced_mark_closes_at_its_paragraph_end()
    {
        const string text = "He said \"this never ends.\n\nThe next paragraph is not quoted. \"But this is,\" she said.";
        var document = TextAnalyzer.Analyze(text);
        Contents(document).Should().Equal("this never ends.", "But this is,");
        var unclosed = document.Quotations[0];
        unclosed.Closed.Should().BeFalse();
        unclosed.Outer.End.Should().Be(document.Paragraphs[0].Span.End);
        unclosed.FirstParagraph.Should().Be(0);
        unclosed.LastParagraph.Should().Be(0);
        document.Quotations[1].Closed.Should().BeTrue();
    }

    [Fact]
    public void A_quote_runs_over_paragraphs_that_open_with_a_quote_mark()
    {
        const string text = "“The first part of the statement.\n\n“The second part.\n\n“The last part,” the minister said.\n\nAfter.";
        var document = TextAnalyzer.Analyze(text);
        document.Quotations.Should().ContainSingle();
        var quote = document.Quotations[0];
        quote.Closed.Should().BeTrue();
        quote.FirstParagraph.Should().Be(0);
        quote.LastParagraph.Should().Be(2);
        text[quote.Content.Start..quote.Content.End].Should().Be("The first part of the statement.\n\n“The second part.\n\n“The last part,");
        text[quote.Outer.Start..quote.Outer.End].Should().StartWith("“The first").And.EndWith("part,”");
        // The mark that reopens the quote in the next paragraph is an opening mark, not a new quotation.
        document.Tokens[document.Paragraphs[1].FirstToken].Kind.Should().Be(TokenKind.QuoteOpen);
    }

    [Fact]
    public void A_straight_quote_runs_over_paragraphs_too_and_a_new_quote_starts_after_it()
    {
        const string text = "\"We will not stop.\n\n\"We will go on,\" he said.\n\n\"Next,\" she said.";
        var document = TextAnalyzer.Analyze(text);
        Contents(document).Should().Equal("We will not stop.\n\n\"We will go on,", "Next,");
        document.Quotations[0].FirstParagraph.Should().Be(0);
        document.Quotations[0].LastParagraph.Should().Be(1);
        document.Quotations[1].FirstParagraph.Should().Be(2);
    }

    [Fact]
    public void A_quote_does_not_run_on_into_a_paragraph_opening_with_another_kind_of_mark()
    {
        const string text = "He said “we will not stop.\n\n'Nothing,' she said.";
        var document = TextAnalyzer.Analyze(text);
        Contents(document).Should().Equal("we will not stop.", "Nothing,");
        document.Quotations[0].Closed.Should().BeFalse();
        document.Quotations[0].LastParagraph.Should().Be(0);
    }

    [Fact]
    public void Content_excludes_and_outer_includes_the_marks()
    {
        const string text = "A “defensive” strike.";
        var quote = TextAnalyzer.Analyze(text).Quotations.Single();
        text[quote.Outer.Start..quote.Outer.End].Should().Be("“defensive”");
        text[quote.Content.Start..quote.Content.End].Should().Be("defensive");
    }

    [Fact]
    public void Scanner_settles_the_kinds_of_the_marks()
    {
        const string text = "Er sagte „wir bleiben“ und 'the Talibs' ging.";
        var document = TextAnalyzer.Analyze(text);
        var marks = document.Tokens.Where(t => t.Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose or TokenKind.QuoteAmbiguous).Select(t => t.Kind);
        marks.Should().Equal(TokenKind.QuoteOpen, TokenKind.QuoteClose, TokenKind.QuoteOpen, TokenKind.QuoteClose);
    }

    [Fact]
    public void Marks_spaced_on_both_sides_are_paired_by_the_scanner()
    {
        const string text = "Il a dit « nous restons » hier. He said, ‘We stay, ‘ and left.";
        var document = TextAnalyzer.Analyze(text);
        Contents(document).Should().Equal("nous restons", "We stay,");
        document.Tokens.Where(t => t.Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose or TokenKind.QuoteAmbiguous).Select(t => t.Kind)
            .Should().Equal(TokenKind.QuoteOpen, TokenKind.QuoteClose, TokenKind.QuoteOpen, TokenKind.QuoteClose);
    }

    [Fact]
    public void A_stray_single_closing_mark_becomes_an_apostrophe()
    {
        const string text = "They were goin' home.";
        var document = TextAnalyzer.Analyze(text);
        document.Quotations.Should().BeEmpty();
        document.Tokens.Should().Contain(t => t.Kind == TokenKind.Apostrophe);
    }

    [Fact]
    public void QuotationAt_finds_the_innermost_quotation()
    {
        const string text = "\"Outer 'inner' outer\" and not.";
        var document = TextAnalyzer.Analyze(text);
        document.QuotationAt(text.IndexOf("inner", StringComparison.Ordinal)).Should().Be(1);
        document.QuotationAt(text.IndexOf("Outer", StringComparison.Ordinal)).Should().Be(0);
        document.QuotationAt(text.LastIndexOf("outer", StringComparison.Ordinal)).Should().Be(0);
        document.QuotationAt(text.IndexOf("not", StringComparison.Ordinal)).Should().Be(-1);
    }
}
