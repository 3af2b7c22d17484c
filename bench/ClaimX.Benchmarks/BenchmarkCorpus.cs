using System.Text;

namespace ClaimX.Benchmarks;

/// <summary>
/// The articles the benchmarks read: samples/*.txt and, when present, ../shared/corpus/polnear-dev/texts,
/// repeated in order until they reach <see cref="TargetBytes"/> of UTF-8, so that timings cover a few MB of
/// real news text. Loaded the same way in the host and the benchmark processes, so sizes agree.
/// </summary>
public static class BenchmarkCorpus
{
    public const int TargetBytes = 4_000_000;

    private static readonly Lazy<(string[] Articles, long Bytes, long Chars, int Distinct)> Loaded = new(Load);

    public static string[] Articles => Loaded.Value.Articles;

    /// <summary>UTF-8 size of all articles: the "MB" in MB/s.</summary>
    public static long Bytes => Loaded.Value.Bytes;

    public static long Chars => Loaded.Value.Chars;

    public static int DistinctArticles => Loaded.Value.Distinct;

    private static (string[], long, long, int) Load()
    {
        string root = FindRepositoryRoot();
        var files = Directory.GetFiles(Path.Combine(root, "samples"), "*.txt").Order(StringComparer.Ordinal).ToList();
        string shared = Path.Combine(root, "..", "shared", "corpus", "polnear-dev", "texts");
        if (Directory.Exists(shared))
        {
            files.AddRange(Directory.GetFiles(shared, "*.txt").Order(StringComparer.Ordinal));
        }
        var distinct = files.Select(File.ReadAllText).Where(t => t.Length > 0).ToArray();
        if (distinct.Length == 0)
        {
            throw new InvalidOperationException($"no benchmark articles found under {root}");
        }
        var articles = new List<string>();
        long bytes = 0, chars = 0;
        while (bytes < TargetBytes)
        {
            foreach (var article in distinct)
            {
                articles.Add(article);
                bytes += Encoding.UTF8.GetByteCount(article);
                chars += article.Length;
            }
        }
        return ([.. articles], bytes, chars, distinct.Length);
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClaimX.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("ClaimX.sln not found above " + AppContext.BaseDirectory);
    }
}
