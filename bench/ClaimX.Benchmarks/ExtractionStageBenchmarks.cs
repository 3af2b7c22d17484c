using BenchmarkDotNet.Attributes;
using ClaimX.Core.Attribution;
using ClaimX.Core.Dates;
using ClaimX.Core.Figures;
using ClaimX.Core.Pipeline;
using ClaimX.Core.Text;

namespace ClaimX.Benchmarks;

/// <summary>
/// The extraction stages after text analysis, over the same corpus as <see cref="TextStageBenchmarks"/>, one
/// article at a time on one thread as a worker runs them: attribution over analysed documents, the said-on date
/// and the figures and dates of every claim found, and the whole pipeline. MB/s reads as throughput per core.
/// </summary>
[MemoryDiagnoser]
public class ExtractionStageBenchmarks
{
    private static readonly DateOnly Reference = new(2020, 3, 4);
    private string[] _articles = [];
    private TextDocument[] _documents = [];
    private IReadOnlyList<AttributedSpan>[] _spans = [];
    private readonly ClaimExtractor _extractor = new(new ExtractionOptions { Date = Reference });

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkCorpus.Articles;
        _documents = _articles.Select(a => TextAnalyzer.Analyze(a)).ToArray();
        _spans = _documents.Select(AttributionExtractor.Extract).ToArray();
        Console.WriteLine($"// corpus: {_articles.Length} articles, {BenchmarkCorpus.Bytes:N0} UTF-8 bytes, {_spans.Sum(s => s.Count):N0} claims");
    }

    [Benchmark(Description = "Attribution (documents given)")]
    public int Attribution()
    {
        int count = 0;
        foreach (var document in _documents)
        {
            count += AttributionExtractor.Extract(document).Count;
        }
        return count;
    }

    [Benchmark(Description = "Said-on dates (claims given)")]
    public int SaidOn()
    {
        int count = 0;
        for (int i = 0; i < _articles.Length; i++)
        {
            foreach (var span in _spans[i])
            {
                if (span.Cue is { } cue && DateExtractor.ResolveCueDate(_articles[i], cue, span.Content, Reference) is not null)
                {
                    count++;
                }
            }
        }
        return count;
    }

    [Benchmark(Description = "Figures + dates (claims given)")]
    public int FiguresAndDates()
    {
        int count = 0;
        for (int i = 0; i < _articles.Length; i++)
        {
            foreach (var span in _spans[i])
            {
                count += FigureExtractor.Extract(_articles[i], span.Content).Count;
                count += DateExtractor.Extract(_articles[i], span.Content, Reference).Count;
            }
        }
        return count;
    }

    [Benchmark(Baseline = true, Description = "ClaimExtractor.Extract (whole pipeline)")]
    public int Pipeline()
    {
        int count = 0;
        for (int i = 0; i < _articles.Length; i++)
        {
            count += _extractor.Extract("bench.txt", _articles[i]).Claims.Count;
        }
        return count;
    }
}
