using ClaimX.Core.Tests.Support;
using ClaimX.Core.Text;

namespace ClaimX.Core.Tests.Text;

/// <summary>Runs the analysis over the shared development corpus when it is present (reported as skipped otherwise).</summary>
public class SharedCorpusTests
{
    private static string SharedTexts() => Path.Combine(SharedCorpus.Root!, "corpus", "polnear-dev", "texts");

    [SharedFact]
    public void Every_corpus_article_keeps_the_invariants()
    {
        var texts = SharedTexts();
        foreach (var file in Directory.GetFiles(texts, "*.txt"))
        {
            string text = File.ReadAllText(file);
            TextInvariants.Run(text, TextInvariants.Check);
        }
    }

    [SharedFact]
    public void Corpus_quotations_stay_within_reason()
    {
        var texts = SharedTexts();
        int quotations = 0, unclosed = 0;
        foreach (var file in Directory.GetFiles(texts, "*.txt"))
        {
            var document = TextAnalyzer.Analyze(File.ReadAllText(file));
            foreach (var quotation in document.Quotations)
            {
                quotations++;
                if (!quotation.Closed)
                {
                    unclosed++;
                }
                // A quotation only runs on into paragraphs that open with a quote mark.
                for (int p = quotation.FirstParagraph + 1; p <= quotation.LastParagraph; p++)
                {
                    var opener = document.Tokens[document.Paragraphs[p].FirstToken];
                    opener.Kind.Should().Be(TokenKind.QuoteOpen, $"paragraph {p} of {Path.GetFileName(file)} continues a quotation");
                }
            }
        }
        quotations.Should().BeGreaterThan(0);
        ((double)unclosed / quotations).Should().BeLessThan(0.1, "news quotations are nearly always closed");
    }
}
