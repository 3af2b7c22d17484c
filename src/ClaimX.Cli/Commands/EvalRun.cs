using System.Globalization;
using System.Text;
using ClaimX.Cli.Inputs;
using ClaimX.Core.Eval;
using ClaimX.Core.Pipeline;

namespace ClaimX.Cli.Commands;

/// <summary>
/// One `claimx eval` run: reads the gold file and the articles it names (decoded exactly as extract reads them, with
/// <see cref="ArticleReader"/>), extracts claims from each, scores them and writes the report. Any missing or
/// malformed input stops the run with one line naming it (a partial score would mislead a quality gate).
/// </summary>
public sealed class EvalRun(EvalSettings settings, CliEnvironment environment)
{
    private readonly Diagnostics _diagnostics = new(environment.Error, quiet: false);

    public int Run(TextWriter output)
    {
        EvalResult result;
        try
        {
            result = Evaluate();
        }
        catch (EvalInputException e)
        {
            _diagnostics.Error($"{e.Input}: {e.Reason}");
            return ExitCodes.InputFailed;
        }
        if (settings.Json)
        {
            // The numbers are a few hundred bytes: serialise to memory and write through the command's writer.
            using var buffer = new MemoryStream();
            EvalReportWriter.WriteJson([result], buffer);
            output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            EvalReportWriter.WriteText(result, output, settings.ShowErrors);
        }
        if (settings.MinF1 is { } floor && result.Summary.F1 < floor)
        {
            _diagnostics.Error($"{settings.Gold}: claims F1 {result.Summary.F1.ToString("0.000", CultureInfo.InvariantCulture)} is below --min-f1 {floor.ToString(CultureInfo.InvariantCulture)}");
            return ExitCodes.BelowThreshold;
        }
        return ExitCodes.Success;
    }

    private EvalResult Evaluate()
    {
        string goldPath = Path.GetFullPath(settings.Gold, environment.CurrentDirectory);
        IReadOnlyList<GoldArticle> articles;
        try
        {
            using var stream = new FileStream(goldPath, FileMode.Open, FileAccess.Read, FileShare.Read);
            articles = GoldReader.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EvalInputException(settings.Gold, InputErrors.Describe(e));
        }
        catch (InvalidDataException e)
        {
            throw new EvalInputException(settings.Gold, e.Message.ReplaceLineEndings(" "));
        }

        string goldFolder = Path.GetDirectoryName(goldPath) ?? environment.CurrentDirectory;
        var reader = new ArticleReader(ArticleReader.DefaultMaxBytes, environment.OpenInput);
        var evaluator = new CorpusEvaluator(new DirectoryInfo(goldFolder).Name);
        foreach (var article in articles)
        {
            var item = Locate(article.Article, goldFolder);
            var read = reader.Read(item);
            if (read.Text is not { } text)
            {
                // Unreadable, binary or too large: an article the gold scores cannot be left out silently.
                throw new EvalInputException(item.Label, StripLabel(read.Error ?? read.Warning, item.Label));
            }
            if (read.Warning is { } warning)
            {
                _diagnostics.Warning(warning);
            }
            var extractor = new ClaimExtractor(new ExtractionOptions
            {
                Source = article.Source,
                Date = ReferenceDate(article) ?? settings.Date,
            });
            evaluator.Add(article, text, extractor.Extract(article.Article, text).Claims);
        }
        return evaluator.Result();
    }

    // The article as the user can find it: under --texts as given, else beside the gold file or in its texts/ folder.
    private InputItem Locate(string article, string goldFolder)
    {
        if (settings.Texts is { } texts)
        {
            return new InputItem(Path.Join(texts, article), Path.Combine(Path.GetFullPath(texts, environment.CurrentDirectory), article));
        }
        string goldDirectory = Path.GetDirectoryName(settings.Gold) ?? "";
        if (File.Exists(Path.Combine(goldFolder, article)))
        {
            return new InputItem(Path.Join(goldDirectory, article), Path.Combine(goldFolder, article));
        }
        string inTexts = Path.Combine(goldFolder, "texts", article);
        return File.Exists(inTexts)
            ? new InputItem(Path.Join(goldDirectory, "texts", article), inTexts)
            : throw new EvalInputException(Path.Join(goldDirectory, article), "no such article beside the gold file nor in its texts/ folder");
    }

    private DateOnly? ReferenceDate(GoldArticle article)
    {
        if (article.ReferenceDate is null)
        {
            return null;
        }
        return DateOnly.TryParseExact(article.ReferenceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new EvalInputException(settings.Gold, $"article '{article.Article}' has reference_date '{article.ReferenceDate}', not yyyy-MM-dd");
    }

    // ArticleReader's messages start with the label already ("a.txt: no such file or directory").
    private static string StripLabel(string? message, string label) =>
        message is null ? "cannot be read" : message.StartsWith(label + ": ", StringComparison.Ordinal) ? message[(label.Length + 2)..] : message;

    private sealed class EvalInputException(string input, string reason) : Exception($"{input}: {reason}")
    {
        public string Input { get; } = input;
        public string Reason { get; } = reason;
    }
}
