using ClaimX.Core.Pipeline;
using ClaimX.Core.Scanning;
using ClaimX.Core.Text;
using FluentAssertions;

namespace ClaimX.Core.Tests.Text;

/// <summary>
/// Text with no sentence ends or no line breaks (a scraped page, a transcript dump) is cut into bounded pieces,
/// so that the rules that read a whole sentence or line around each cue read a bounded stretch.
/// </summary>
public class LongRunTests
{
    private static string Words(int count, string separator = " ")
    {
        string[] words = ["officials", "said", "the", "plan", "would", "work", "while", "critics", "argued", "it", "failed"];
        return string.Join(separator, Enumerable.Range(0, count).Select(i => words[i % words.Length]));
    }

    [Fact]
    public void A_paragraph_without_sentence_ends_is_cut_into_bounded_sentences_that_tile_it()
    {
        var document = TextAnalyzer.Analyze(Words(5000));
        document.Sentences.Should().HaveCountGreaterThan(10);
        document.Sentences.Should().OnlyContain(s => s.TokenCount <= SentenceSplitter.MaxSentenceTokens);
        int next = 0;
        foreach (var sentence in document.Sentences)
        {
            sentence.FirstToken.Should().Be(next);
            next = sentence.FirstToken + sentence.TokenCount;
        }
        next.Should().Be(document.Tokens.Count);
    }

    [Fact]
    public void A_long_run_is_cut_after_a_comma_when_its_second_half_has_one()
    {
        string text = Words(300) + ", " + Words(300);
        var document = TextAnalyzer.Analyze(text);
        var first = document.Sentences[0];
        document.Slice(first.Span).ToString().Should().EndWith(",");
    }

    [Fact]
    public void Ordinary_long_sentences_are_not_cut()
    {
        string sentence = "The minister said " + Words(120) + ".";
        TextAnalyzer.Analyze(sentence + " " + sentence).Sentences.Should().HaveCount(2);
    }

    [Fact]
    public void A_scan_window_on_one_huge_line_stays_within_its_reach()
    {
        string text = Words(40000);
        int at = text.Length / 2;
        var context = ScanContext.Create(text, new TextSpan(at, at + 20));
        context.Count.Should().BeGreaterThan(0);
        context[0].Start.Should().BeGreaterThanOrEqualTo(at - 1200);
        context[context.Count - 1].End.Should().BeLessThanOrEqualTo(at + 20 + 1200);
    }

    [Fact]
    public void Claims_are_still_found_in_text_without_sentence_ends()
    {
        string text = string.Join(" ", Enumerable.Repeat("the mayor said the bridge would reopen in May", 2000));
        var claims = new ClaimExtractor().Extract("a.txt", text).Claims;
        claims.Should().NotBeEmpty();
        claims.Should().OnlyContain(c => c.End - c.Start < text.Length / 10);
    }

    [Fact]
    public void A_sentence_end_where_a_long_run_reaches_the_cap_leaves_no_empty_sentence()
    {
        // 399 words without a comma, then the period ending them: the cap and the period meet at one token.
        string text = Words(399).Replace("said", "told") + ". The mayor said the bridge would reopen in May.";
        var document = TextAnalyzer.Analyze(text);
        document.Sentences.Should().OnlyContain(s => s.TokenCount > 0 && s.Span.End > s.Span.Start);
        document.Slice(document.Sentences[^1].Span).ToString().Should().Be("The mayor said the bridge would reopen in May.");
    }
}
