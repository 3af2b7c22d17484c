using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ClaimX.Cli.Inputs;
using ClaimX.Cli.Output;
using ClaimX.Core.Articles;

namespace ClaimX.Cli.Commands;

/// <summary>
/// `claimx extract [INPUT...]`: the options and their validation. Every bad value is a parse error (exit code 2)
/// before any input is touched; the run itself is <see cref="ExtractRun"/>.
/// </summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Article files, directories (all *.txt below), globs such as \"articles/**/*.txt\", or - for standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        // An unknown option would otherwise be taken for an INPUT path and reported as a missing file (exit 1):
        // it is a usage error. A file whose name starts with '-' can still be given as ./-name.
        inputs.Validators.Add(result =>
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
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: csv (one row per claim), json (one array), jsonl (one object per line); by default the -o file's extension, else csv",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong(OutputFormats.Names);
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE (atomically: renamed into place at the end) instead of standard output", HelpName = "FILE" };
        var date = new Option<string?>("--date") { Description = "Reference date (yyyy-MM-dd) for articles whose front matter gives none", HelpName = "YYYY-MM-DD" };
        date.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && FrontMatterParser.ParseDate(value) is null)
            {
                result.AddError($"--date '{value}': expected a date as yyyy-MM-dd");
            }
        });
        var source = new Option<string?>("--source") { Description = "Outlet name for articles whose front matter gives none", HelpName = "NAME" };
        var filesFrom = new Option<string?>("--files-from") { Description = "Read inputs from FILE, one per line (- for standard input)", HelpName = "FILE" };
        var maxBytes = new Option<long>("--max-bytes")
        {
            Description = "Skip (with a warning) articles larger than this many bytes",
            HelpName = "BYTES",
            DefaultValueFactory = _ => ArticleReader.DefaultMaxBytes,
            CustomParser = result => ParseNumber(result, "--max-bytes", 1, int.MaxValue - 64),
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Articles processed at once (output order stays input order)",
            HelpName = "N",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = result => (int)ParseNumber(result, "--jobs", 1, 4096),
        };
        var shard = new Option<string?>("--shard") { Description = "Process only share K of N of the inputs (stable hash of each path), e.g. 2/8", HelpName = "K/N" };
        shard.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !ShardSpec.TryParse(value, out _, out var error))
            {
                result.AddError(error!);
            }
        });
        var progress = new Option<bool>("--progress") { Description = "Show progress on standard error even when it is not a terminal" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Do not print warnings (errors are still printed)" };

        var command = new Command("extract", "Extract attributed claims from news articles")
        {
            inputs, format, output, date, source, filesFrom, maxBytes, jobs, shard, progress, quiet,
        };
        command.SetAction((parse, cancellation) =>
        {
            ShardSpec? shardSpec = parse.GetValue(shard) is { } s && ShardSpec.TryParse(s, out var spec, out _) ? spec : null;
            var settings = new ExtractSettings
            {
                Inputs = parse.GetValue(inputs) ?? [],
                FilesFrom = parse.GetValue(filesFrom),
                Format = ChooseFormat(parse, format, parse.GetValue(output)),
                OutputPath = parse.GetValue(output),
                Source = parse.GetValue(source),
                Date = FrontMatterParser.ParseDate(parse.GetValue(date)),
                MaxBytes = parse.GetValue(maxBytes),
                Jobs = parse.GetValue(jobs),
                Shard = shardSpec,
                Progress = parse.GetValue(progress),
                Quiet = parse.GetValue(quiet),
            };
            return Task.FromResult(new ExtractRun(settings, CliEnvironment.Current).Run(cancellation));
        });
        return command;
    }

    // --format when given; otherwise the -o file's extension (claims.json, claims.jsonl); otherwise CSV.
    private static OutputFormat ChooseFormat(ParseResult parse, Option<string> format, string? outputPath)
    {
        if (parse.GetResult(format) is { Implicit: false })
        {
            return OutputFormats.Parse(parse.GetValue(format) ?? "csv");
        }
        return OutputFormats.FromExtension(outputPath) ?? OutputFormat.Csv;
    }

    // Parses and range-checks a whole number; a bad value becomes a parse error (exit code 2), not an exception.
    private static long ParseNumber(ArgumentResult result, string option, long min, long max)
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
