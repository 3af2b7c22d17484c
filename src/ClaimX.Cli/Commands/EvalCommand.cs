using System.CommandLine;
using System.Globalization;
using ClaimX.Core.Eval;
using ClaimX.Core.Pipeline;

namespace ClaimX.Cli.Commands;

/// <summary>
/// <c>claimx eval --gold GOLD.json [--texts DIR] [--date YYYY-MM-DD] [--min-f1 X] [--show-errors] [--json]</c>:
/// runs extraction over a gold file's articles and prints claims, speaker, end-to-end, figures and dates scores.
/// Exit codes follow the CLI's: 0 ok, 1 a gold file or article missing or malformed, 2 a bad option value, and
/// 3 when the claims F1 is below --min-f1 (a failed quality gate, told apart from input errors).
/// </summary>
public static class EvalCommand
{
    public const int Success = 0;
    public const int InputFailed = 1;
    public const int UsageError = 2;
    public const int BelowMinF1 = 3;

    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold")
        {
            Description = "Gold claims file (JSON array of articles, see GOLD-FORMAT.md).",
            Required = true,
        };
        var texts = new Option<DirectoryInfo>("--texts")
        {
            Description = "Folder holding the articles (default: the gold file's folder, or its texts/ subfolder).",
        };
        var date = new Option<string>("--date")
        {
            Description = "Reference date (YYYY-MM-DD) for articles whose gold entry gives none.",
        };
        var minF1 = new Option<double?>("--min-f1")
        {
            Description = "Exit with code 3 when the claims F1 is below this value (for CI gates).",
        };
        var showErrors = new Option<bool>("--show-errors")
        {
            Description = "List missed claims, extra claims and wrong speakers with offsets and text.",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Write the numbers as JSON instead of the text report.",
        };

        var command = new Command("eval", "Measure extraction against a gold claims file.")
        {
            gold, texts, date, minF1, showErrors, json,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var options = new EvalOptions(
                    parse.GetRequiredValue(gold),
                    parse.GetValue(texts),
                    ParseDate(parse.GetValue(date)),
                    parse.GetValue(showErrors),
                    parse.GetValue(json));
                var result = EvalRun.Run(options);
                if (options.Json)
                {
                    // The numbers are a few hundred bytes: serialise to memory and write through the configured writer.
                    using var buffer = new MemoryStream();
                    EvalReportWriter.WriteJson([result], buffer);
                    output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                }
                else
                {
                    EvalReportWriter.WriteText(result, output, options.ShowErrors);
                }
                if (parse.GetValue(minF1) is { } floor && result.Summary.F1 < floor)
                {
                    error.WriteLine($"claimx eval: claims F1 {result.Summary.F1.ToString("0.000", CultureInfo.InvariantCulture)} is below --min-f1 {floor.ToString(CultureInfo.InvariantCulture)}");
                    return BelowMinF1;
                }
                return Success;
            }
            catch (EvalInputException e)
            {
                error.WriteLine($"claimx eval: {e.Message}");
                return e.Usage ? UsageError : InputFailed;
            }
        });
        return command;
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : throw new EvalInputException($"--date '{value}' is not a date in the form YYYY-MM-DD", usage: true);
    }
}

/// <summary>What one eval run needs, already parsed and checked.</summary>
internal sealed record EvalOptions(FileInfo Gold, DirectoryInfo? Texts, DateOnly? Date, bool ShowErrors, bool Json);

/// <summary>Bad eval input (missing or malformed file, or a bad option value): reported as one line naming it.</summary>
internal sealed class EvalInputException(string message, bool usage = false) : Exception(message)
{
    public bool Usage { get; } = usage;
}

/// <summary>Reads the gold file and the articles it names, extracts claims from each, and scores them.</summary>
internal static class EvalRun
{
    public static EvalResult Run(EvalOptions options)
    {
        var goldFile = options.Gold;
        if (!goldFile.Exists)
        {
            throw new EvalInputException($"gold file '{goldFile.FullName}' does not exist");
        }
        IReadOnlyList<GoldArticle> articles;
        try
        {
            using var stream = goldFile.OpenRead();
            articles = GoldReader.Read(stream);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new EvalInputException($"{goldFile.FullName}: {e.Message}");
        }

        string goldFolder = goldFile.DirectoryName ?? ".";
        var evaluator = new CorpusEvaluator(new DirectoryInfo(goldFolder).Name);
        foreach (var article in articles)
        {
            string path = Locate(article.Article, goldFolder, options.Texts);
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new EvalInputException($"cannot read article '{path}': {e.Message}");
            }
            var extractor = new ClaimExtractor(new ExtractionOptions
            {
                Source = article.Source,
                Date = ReferenceDate(article, goldFile) ?? options.Date,
            });
            var result = extractor.Extract(article.Article, text);
            evaluator.Add(article, text, result.Claims);
        }
        return evaluator.Result();
    }

    private static string Locate(string article, string goldFolder, DirectoryInfo? texts)
    {
        if (texts is not null)
        {
            string given = Path.Combine(texts.FullName, article);
            return File.Exists(given) ? given : throw new EvalInputException($"article '{article}' is not in '{texts.FullName}'");
        }
        string beside = Path.Combine(goldFolder, article);
        if (File.Exists(beside))
        {
            return beside;
        }
        string inTexts = Path.Combine(goldFolder, "texts", article);
        return File.Exists(inTexts)
            ? inTexts
            : throw new EvalInputException($"article '{article}' is neither in '{goldFolder}' nor in its texts/ folder");
    }

    private static DateOnly? ReferenceDate(GoldArticle article, FileInfo goldFile)
    {
        if (article.ReferenceDate is null)
        {
            return null;
        }
        return DateOnly.TryParseExact(article.ReferenceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new EvalInputException($"{goldFile.FullName}: article '{article.Article}' has reference_date '{article.ReferenceDate}', not YYYY-MM-DD");
    }
}
