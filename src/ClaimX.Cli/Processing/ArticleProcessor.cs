using ClaimX.Cli.Inputs;
using ClaimX.Core.Articles;
using ClaimX.Core.Pipeline;

namespace ClaimX.Cli.Processing;

/// <summary>
/// Reads, decodes and extracts one article: the work a single worker does. Metadata precedence: the article's
/// front matter, then --source/--date, then what the text says (see <see cref="ArticleMetadataResolver"/>).
/// Thread-safe; one instance serves all workers.
/// </summary>
public sealed class ArticleProcessor(ArticleReader reader, ClaimExtractor extractor, string? defaultSource, DateOnly? defaultDate)
{
    public ArticleOutcome Process(InputItem input) => Extract(input, reader.Read(input));

    /// <summary>Reads and decodes one input, without extracting (see <see cref="ReadAhead"/>).</summary>
    public ArticleText Read(InputItem input) => reader.Read(input);

    /// <summary>Extracts an input already read with <see cref="Read"/>.</summary>
    public ArticleOutcome Process(ArticleText article) => Extract(article.Input, article);

    /// <summary>Processes an input whose stream is already open (compare looks at an input's first bytes before it
    /// knows whether it is an article).</summary>
    public ArticleOutcome Process(InputItem input, Stream stream) => Extract(input, reader.Read(input, stream));

    /// <summary>Opens an input as <see cref="Process(InputItem)"/> would read it.</summary>
    public Stream Open(InputItem input) => reader.Open(input);

    private ArticleOutcome Extract(InputItem input, ArticleText article)
    {
        var warnings = new List<string>(1);
        if (article.Warning is { } readWarning)
        {
            warnings.Add(readWarning);
        }
        if (article.Text is not { } text)
        {
            return new ArticleOutcome(input, null, article.ByteCount, article.Error, warnings);
        }
        try
        {
            var frontMatter = FrontMatterParser.Parse(text);
            foreach (var warning in frontMatter.Warnings)
            {
                warnings.Add($"{input.Label}: {warning}");
            }
            var metadata = ArticleMetadataResolver.Resolve(frontMatter, defaultSource, defaultDate, text);
            var result = extractor.Extract(input.Label, text, frontMatter.BodyStart, metadata);
            return new ArticleOutcome(input, result, article.ByteCount, null, warnings);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault in extraction on one odd article must not take the batch down; it is reported as that
            // article's failure and shows in the exit code.
            return new ArticleOutcome(input, null, article.ByteCount, $"{input.Label}: extraction failed ({e.GetType().Name}: {e.Message})", warnings);
        }
    }
}
