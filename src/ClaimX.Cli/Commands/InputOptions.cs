using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ClaimX.Cli.Inputs;
using ClaimX.Core.Articles;

namespace ClaimX.Cli.Commands;

/// <summary>
/// The options of every command that reads articles (INPUT..., --date, --source, --files-from, --max-bytes,
/// --jobs, --quiet), declared and validated once so extract and compare accept the same command line for their
/// inputs. Every bad value is a parse error (exit code 2) before any input is touched.
/// </summary>
public sealed class InputOptions
{
    private readonly Argument<string[]> _inputs;
    private readonly Option<string?> _date = CreateDateOption("Reference date (yyyy-MM-dd) for articles whose front matter gives none");
    private readonly Option<string?> _source = new("--source") { Description = "Outlet name for articles whose front matter gives none", HelpName = "NAME" };
    private readonly Option<string?> _filesFrom = new("--files-from") { Description = "Read inputs from FILE, one per line (- for standard input)", HelpName = "FILE" };
    private readonly Option<long> _maxBytes = new("--max-bytes")
    {
        Description = "Skip (with a warning) articles larger than this many bytes",
        HelpName = "BYTES",
        DefaultValueFactory = _ => ArticleReader.DefaultMaxBytes,
        CustomParser = result => ParseWholeNumber(result, "--max-bytes", 1, int.MaxValue - 64),
    };
    private readonly Option<int> _jobs = new("--jobs", "-j")
    {
        Description = "Articles processed at once (output order stays input order)",
        HelpName = "N",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        CustomParser = result => (int)ParseWholeNumber(result, "--jobs", 1, 4096),
    };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Do not print warnings (errors are still printed)" };

    public InputOptions(string inputDescription)
    {
        _inputs = new Argument<string[]>("INPUT") { Description = inputDescription, Arity = ArgumentArity.ZeroOrMore };
        // An unknown option would otherwise be taken for an INPUT path and reported as a missing file (exit 1):
        // it is a usage error. A file whose name starts with '-' can still be given as ./-name.
        _inputs.Validators.Add(result =>
        {
            string directory = CliEnvironment.Current.CurrentDirectory;
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (value.Length > 1 && value[0] == '-' && !Path.Exists(Path.Combine(directory, value)))
                {
                    result.AddError($"unknown option '{value}'");
                }
            }
        });
    }

    /// <summary>Adds the argument and the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(_inputs);
        command.Add(_date);
        command.Add(_source);
        command.Add(_filesFrom);
        command.Add(_maxBytes);
        command.Add(_jobs);
        command.Add(_quiet);
    }

    public InputSettings Read(ParseResult parse) => new()
    {
        Inputs = parse.GetValue(_inputs) ?? [],
        FilesFrom = parse.GetValue(_filesFrom),
        Source = parse.GetValue(_source),
        Date = FrontMatterParser.ParseDate(parse.GetValue(_date)),
        MaxBytes = parse.GetValue(_maxBytes),
        Jobs = parse.GetValue(_jobs),
        Quiet = parse.GetValue(_quiet),
    };

    /// <summary>A --date option whose value must be a date as yyyy-MM-dd (checked at parse time: exit code 2).</summary>
    public static Option<string?> CreateDateOption(string description)
    {
        var date = new Option<string?>("--date") { Description = description, HelpName = "YYYY-MM-DD" };
        date.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && FrontMatterParser.ParseDate(value) is null)
            {
                result.AddError($"--date '{value}': expected a date as yyyy-MM-dd");
            }
        });
        return date;
    }

    /// <summary>Parses and range-checks a whole number; a bad value becomes a parse error (exit code 2), not an exception.</summary>
    private static long ParseWholeNumber(ArgumentResult result, string option, long min, long max)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value)
            || value < min || value > max)
        {
            result.AddError($"{option} '{text}': expected a whole number from {min} to {max}");
            return min;
        }
        return value;
    }
}
