using BenchmarkDotNet.Attributes;
using ClaimX.Core.Text;

namespace ClaimX.Benchmarks;

/// <summary>
/// The text-analysis stages over the whole corpus, one article at a time as the CLI runs them. Each operation
/// is one pass over every article, so the MB/s column reads directly as throughput.
/// </summary>
[MemoryDiagnoser]
public class TextStageBenchmarks
{
    private string[] _articles = [];
    private TokenData[][] _tokens = [];
    private Paragraph[][] _paragraphs = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkCorpus.Articles;
        var documents = _articles.Select(a => TextAnalyzer.Analyze(a)).ToArray();
        _tokens = documents.Select(d => d.Tokens.ToArray()).ToArray();
        _paragraphs = documents.Select(d => d.Paragraphs.ToArray()).ToArray();
        Console.WriteLine($"// corpus: {_articles.Length} articles ({BenchmarkCorpus.DistinctArticles} distinct), {BenchmarkCorpus.Bytes:N0} UTF-8 bytes, {BenchmarkCorpus.Chars:N0} chars, {_tokens.Sum(t => t.Length):N0} tokens");
    }

    [Benchmark(Description = "Tokenizer")]
    public int Tokenize()
    {
        int count = 0;
        foreach (var article in _articles)
        {
            count += Tokenizer.Tokenize(article).Length;
        }
        return count;
    }

    [Benchmark(Description = "Paragraphs + sentences (tokens given)")]
    public int Sentences()
    {
        int count = 0;
        for (int i = 0; i < _articles.Length; i++)
        {
            count += ParagraphSplitter.Split(_articles[i]).Length;
            count += SentenceSplitter.Split(_articles[i], _tokens[i], _paragraphs[i]).Length;
        }
        return count;
    }

    // The scanner settles quote-mark kinds in place; over already settled tokens it finds the same quotations.
    [Benchmark(Description = "Quotations (tokens given)")]
    public int Quotations()
    {
        int count = 0;
        for (int i = 0; i < _articles.Length; i++)
        {
            count += QuotationScanner.Scan(_articles[i], _tokens[i], _paragraphs[i]).Length;
        }
        return count;
    }

    [Benchmark(Baseline = true, Description = "TextAnalyzer.Analyze (all stages)")]
    public int Analyze()
    {
        int count = 0;
        foreach (var article in _articles)
        {
            count += TextAnalyzer.Analyze(article).Sentences.Count;
        }
        return count;
    }
}
