using ClaimX.Core.Eval;
using ClaimX.Core.Pipeline;
using ClaimX.Core.Tests.Support;

namespace ClaimX.Core.Tests.Eval;

/// <summary>
/// Runs extraction over the shared gold corpora and holds the scores to floors (raise them as the numbers rise,
/// never lower them). Skipped when ../shared is absent.
/// </summary>
public class SharedCorpusEvalTests
{
    private static EvalSummary Evaluate(string corpus)
    {
        string folder = Path.Combine(SharedCorpus.Root!, "corpus", corpus);
        using var stream = File.OpenRead(Path.Combine(folder, "gold.json"));
        var evaluator = new CorpusEvaluator(corpus);
        foreach (var article in GoldReader.Read(stream))
        {
            string path = Path.Combine(folder, article.Article);
            if (!File.Exists(path))
            {
                path = Path.Combine(folder, "texts", article.Article);
            }
            string text = File.ReadAllText(path);
            var date = article.ReferenceDate is { } d ? DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
            var claims = new ClaimExtractor(new ExtractionOptions { Date = date, Source = article.Source }).Extract(article.Article, text).Claims;
            evaluator.Add(article, text, claims);
        }
        return evaluator.Result().Summary;
    }

    [SharedFact]
    public void Seeds_meet_their_floors()
    {
        var s = Evaluate("seeds");
        s.F1.Should().BeGreaterThanOrEqualTo(0.99);
        s.SpeakerAccuracy.Should().BeGreaterThanOrEqualTo(0.99);
        s.EndToEndF1.Should().BeGreaterThanOrEqualTo(0.99);
    }

    [SharedFact]
    public void Polnear_dev_meets_its_floors()
    {
        var s = Evaluate("polnear-dev");
        // 0.70: PolNeAR keeps a quote split around its cue as one span ("“Q1,” S said. “Q2.”"); ClaimX gives each
        // quotation its own claim, as the output contract and the seeds gold do, and so covers less of those spans.
        // It was 0.71 until stance, belief and non-speech verbs stopped reporting a plain noun-phrase object ("The
        // band released a new album", "Police found the car"): PolNeAR annotates many such evaluative acts
        // ("criticized X", "endorsed Y"), so recall fell with the false claims (F1 0.718 -> 0.70x; see
        // docs/extraction-quality.md). The brief's absolute floor for this corpus is 0.70; raised to just under the
        // measured 0.716 / 0.859 after the clause-subject, nested-report and general-cue rules, then to just under
        // 0.717 / 0.875 / 0.633 (end to end) after the speaker-mention extent rules, then to just under
        // 0.7172 / 0.877 / 0.636 (end to end) after the speaker-mention head rules (modifiers, age and place inserts, titles).
        s.F1.Should().BeGreaterThanOrEqualTo(0.717);
        s.SpeakerAccuracy.Should().BeGreaterThanOrEqualTo(0.876);
        s.EndToEndF1.Should().BeGreaterThanOrEqualTo(0.634);
    }
}
